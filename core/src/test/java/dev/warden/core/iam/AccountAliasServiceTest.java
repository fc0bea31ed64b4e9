package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.id.AccountId;
import dev.warden.core.model.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountAliasServiceTest {

    @TempDir
    Path dir;

    private IamFixture fx;
    private AccountAliasService aliases;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir);
        aliases = fx.iam.accountAliases();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void noAliasListsEmpty() {
        Page<String> page = aliases.listAccountAliases(ListOptions.firstPage(100));
        assertThat(page.items()).isEmpty();
        assertThat(page.truncated()).isFalse();
    }

    @Test
    void createReplacesTheAccountsOneAlias() {
        aliases.createAccountAlias("example-corp");
        assertThat(aliases.listAccountAliases(ListOptions.firstPage(100)).items()).containsExactly("example-corp");

        aliases.createAccountAlias("example-corp-2");
        assertThat(aliases.listAccountAliases(ListOptions.firstPage(100)).items()).containsExactly("example-corp-2");
    }

    @Test
    void takenNameIsEntityAlreadyExists() {
        aliases.createAccountAlias("example-corp");
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> aliases.createAccountAlias("example-corp"))
                .hasMessage("The account alias example-corp already exists.");

        Iam other = new Iam(withAccount(fx.iam.context(), "210987654321"));
        other.ensureAccount();
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> other.accountAliases().createAccountAlias("example-corp"));
        other.accountAliases().createAccountAlias("other-corp");
        assertThat(other.accountAliases().listAccountAliases(ListOptions.firstPage(100)).items())
                .containsExactly("other-corp");
        assertThat(aliases.listAccountAliases(ListOptions.firstPage(100)).items()).containsExactly("example-corp");
    }

    @Test
    void deleteNeedsTheCurrentAlias() {
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> aliases.deleteAccountAlias("example-corp"))
                .hasMessage("The account alias example-corp cannot be found.");
        aliases.createAccountAlias("example-corp");
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> aliases.deleteAccountAlias("stale-name"));
        aliases.deleteAccountAlias("example-corp");
        assertThat(aliases.listAccountAliases(ListOptions.firstPage(100)).items()).isEmpty();
        assertThatCode(() -> aliases.createAccountAlias("example-corp")).as("a deleted name is free again")
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "-abc", "abc-", "ab--cd", "Upper", "under_score", "dot.ted", "spa ce",
            "a234567890123456789012345678901234567890123456789012345678901234"})
    void namesOutsideAwsRulesAreValidationErrors(String alias) {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> aliases.createAccountAlias(alias))
                .hasMessageContaining("accountAlias");
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> aliases.deleteAccountAlias(alias));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a-b", "0-9", "my-company-prod",
            "a23456789012345678901234567890123456789012345678901234567890123"})
    void namesWithinAwsRulesAreAccepted(String alias) {
        aliases.createAccountAlias(alias);
        assertThat(aliases.listAccountAliases(ListOptions.firstPage(100)).items()).isEqualTo(List.of(alias));
    }

    @Test
    void missingNameIsAValidationError() {
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> aliases.createAccountAlias(null))
                .hasMessageContaining("Member must not be null");
    }

    private static IamContext withAccount(IamContext c, String accountId) {
        return new IamContext(AccountId.of(accountId), c.store(), c.clock(), c.random(), c.ids(), c.quotas(),
                c.policyCheck(), c.awsManagedPolicies(), c.secretCipher(), c.passwordHasher());
    }
}
