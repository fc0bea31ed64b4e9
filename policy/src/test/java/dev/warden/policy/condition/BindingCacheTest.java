package dev.warden.policy.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.policy.context.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The last-binding cache must never answer with another request's variable values. */
class BindingCacheTest {
  private static RequestContext request(String user, String prefix) {
    RequestContext.Builder builder = RequestContext.builder().put("s3:prefix", prefix);
    if (user != null) {
      builder.put("aws:username", user);
    }
    return builder.build();
  }

  @Test
  void alternatingPrincipalsGetTheirOwnBinding() {
    CompiledCondition like = Fixtures.compile("StringLike", "s3:prefix", "home/${aws:username}/*");
    CompiledCondition arn = Fixtures.compile("ArnLike", "s3:prefix", "arn:aws:s3:::b/${aws:username}/*");
    CompiledCondition bool = Fixtures.compile("Bool", "s3:prefix", "${aws:username}");
    for (int round = 0; round < 3; round++) {
      assertThat(like.test(request("bob", "home/bob/x"))).isTrue();
      assertThat(like.test(request("alice", "home/bob/x"))).isFalse();
      assertThat(like.test(request(null, "home/bob/x"))).isFalse();
      assertThat(like.test(request("alice", "home/alice/x"))).isTrue();
      assertThat(arn.test(request("bob", "arn:aws:s3:::b/bob/1"))).isTrue();
      assertThat(arn.test(request("eve", "arn:aws:s3:::b/bob/1"))).isFalse();
      assertThat(bool.test(request("true", "TRUE"))).isTrue();
      assertThat(bool.test(request("false", "TRUE"))).isFalse();
    }
  }

  @Test
  void concurrentRequestsStayCorrect() throws Exception {
    CompiledCondition condition = Fixtures.compile("StringEquals", "s3:prefix", "home/${aws:username}");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  int wrong = 0;
                  for (int i = 0; i < 20_000; i++) {
                    String user = "u" + ((i + thread) % 7);
                    String other = "u" + ((i + thread + 1) % 7);
                    wrong += condition.test(request(user, "home/" + user)) ? 0 : 1;
                    wrong += condition.test(request(user, "home/" + other)) ? 1 : 0;
                  }
                  return wrong;
                }));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
