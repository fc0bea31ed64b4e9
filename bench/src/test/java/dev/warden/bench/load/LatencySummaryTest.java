package dev.warden.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nearest-rank percentiles over the latencies 1 ms … 1000 ms, recorded in shuffled order. */
class LatencySummaryTest {

    private static LatencySummary oneToThousandMillis() {
        LatencyRecorder recorder = new LatencyRecorder(1000);
        LongStream.rangeClosed(1, 1000).map(i -> (i * 389) % 1000 + 1).forEach(ms -> recorder.record(ms * 1_000_000));
        return recorder.summary();
    }

    @ParameterizedTest
    @CsvSource({"50, 500", "90, 900", "99, 990", "99.9, 999", "100, 1000", "0.05, 1", "0.1, 1", "0.15, 2"})
    void nearestRank(double percent, double expectedMillis) {
        assertThat(oneToThousandMillis().percentileMillis(percent)).isEqualTo(expectedMillis);
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "100.5"})
    void percentOutsideTheRangeIsRefused(double percent) {
        assertThatThrownBy(() -> oneToThousandMillis().percentileMillis(percent))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void emptySummaryHasNoNumbers() {
        LatencySummary empty = new LatencyRecorder(10).summary();
        assertThat(empty.count()).isZero();
        assertThat(empty.percentileMillis(99)).isNaN();
        assertThat(empty.maxMillis()).isNaN();
    }

    @org.junit.jupiter.api.Test
    void recordingsBeyondCapacityAreDroppedNotFatal() {
        LatencyRecorder recorder = new LatencyRecorder(2);
        recorder.record(3_000_000);
        recorder.record(1_000_000);
        recorder.record(2_000_000);
        LatencySummary summary = recorder.summary();
        assertThat(summary.count()).isEqualTo(2);
        assertThat(summary.maxMillis()).isEqualTo(3.0);
    }
}
