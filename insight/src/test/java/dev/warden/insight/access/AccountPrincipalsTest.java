package dev.warden.insight.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.insight.testing.SmallAccount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountPrincipalsTest {

    @TempDir
    Path folder;

    SmallAccount account;

    @BeforeEach
    void open() {
        account = new SmallAccount(folder);
    }

    @AfterEach
    void close() {
        account.close();
    }

    /** The whole-account read must give every principal exactly what the server's per-principal path gives it. */
    @Test
    void wholeAccountLoadEqualsPerPrincipalLoad() {
        List<AccountPrincipal> bulk = account.principals().all();
        // A separate compiler, so nothing compiled for the bulk load is handed back here.
        AccountPrincipals principals = new AccountPrincipals(account.iam(), StoredPolicyDocuments.withEmbeddedCatalog());
        List<AccountPrincipal> single = new ArrayList<>(principals.users().stream().map(principals::user).toList());
        single.addAll(principals.roles().stream().map(principals::role).toList());

        assertThat(bulk).extracting(AccountPrincipal::arn).containsExactlyElementsOf(
                single.stream().map(AccountPrincipal::arn).toList());
        assertThat(bulk).extracting(AccountPrincipal::arn).contains(SmallAccount.ARN + "user/carol", SmallAccount.ARN + "role/app");
        for (int i = 0; i < bulk.size(); i++) {
            AccountPrincipal b = bulk.get(i);
            AccountPrincipal s = single.get(i);
            assertThat(b.kind()).isEqualTo(s.kind());
            assertThat(b.caller()).isEqualTo(s.caller());
            assertThat(comparable(b.policies())).as(b.arn()).isEqualTo(comparable(s.policies()));
            assertThat(b.trustPolicy().map(OncePerAnalysisTest::parts)).as(b.arn())
                    .isEqualTo(s.trustPolicy().map(OncePerAnalysisTest::parts));
        }
    }

    static List<Object> comparable(PrincipalPolicySet set) {
        return List.of(set.identity().stream().map(OncePerAnalysisTest::parts).toList(),
                set.boundary().stream().map(OncePerAnalysisTest::parts).toList(),
                set.session().stream().map(OncePerAnalysisTest::parts).toList(),
                set.sessionPolicyPassed(), set.principalTags(), set.permissionsBoundaryArn());
    }
}
