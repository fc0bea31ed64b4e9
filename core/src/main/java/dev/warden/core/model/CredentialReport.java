package dev.warden.core.model;

import java.time.Instant;

/**
 * The account's credential report: being generated since {@code startedAt}, or complete with its CSV
 * text and {@code generatedAt}.
 *
 * @param csv null while in progress
 * @param generatedAt null while in progress
 */
public record CredentialReport(State state, Instant startedAt, Instant generatedAt, String csv) {
    public enum State {
        INPROGRESS,
        COMPLETE
    }

    public static CredentialReport started(Instant at) {
        return new CredentialReport(State.INPROGRESS, at, null, null);
    }

    public static CredentialReport complete(Instant startedAt, Instant generatedAt, String csv) {
        return new CredentialReport(State.COMPLETE, startedAt, generatedAt, csv);
    }

    public boolean isComplete() {
        return state == State.COMPLETE;
    }
}
