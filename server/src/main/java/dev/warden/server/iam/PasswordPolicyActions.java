package dev.warden.server.iam;

import dev.warden.core.iam.PasswordPolicyRequests;
import dev.warden.core.iam.PasswordPolicyService;
import dev.warden.core.model.PasswordPolicy;
import dev.warden.server.xml.XmlResult;

/** The account password policy actions; the {@code PasswordPolicy} shape in the model's member order. */
final class PasswordPolicyActions {

    private PasswordPolicyActions() {}

    static void register(ActionTable table, IamApiContext context) {
        PasswordPolicyService policies = context.iam().passwordPolicy();
        table.add("GetAccountPasswordPolicy", r -> {
            PasswordPolicy p = policies.getAccountPasswordPolicy();
            return xml -> {
                xml.start("PasswordPolicy")
                        .element("MinimumPasswordLength", p.minimumPasswordLength())
                        .element("RequireSymbols", p.requireSymbols())
                        .element("RequireNumbers", p.requireNumbers())
                        .element("RequireUppercaseCharacters", p.requireUppercaseCharacters())
                        .element("RequireLowercaseCharacters", p.requireLowercaseCharacters())
                        .element("AllowUsersToChangePassword", p.allowUsersToChangePassword())
                        .element("ExpirePasswords", p.expirePasswords());
                if (p.maxPasswordAgeDays() != null) {
                    xml.element("MaxPasswordAge", p.maxPasswordAgeDays());
                }
                if (p.passwordReusePrevention() != null) {
                    xml.element("PasswordReusePrevention", p.passwordReusePrevention());
                }
                if (p.hardExpiry() != null) {
                    xml.element("HardExpiry", p.hardExpiry());
                }
                xml.end();
            };
        });
        table.add("UpdateAccountPasswordPolicy", r -> {
            policies.updateAccountPasswordPolicy(new PasswordPolicyRequests(r.optionalInt("MinimumPasswordLength"),
                    r.optionalBoolean("RequireSymbols"), r.optionalBoolean("RequireNumbers"),
                    r.optionalBoolean("RequireUppercaseCharacters"), r.optionalBoolean("RequireLowercaseCharacters"),
                    r.optionalBoolean("AllowUsersToChangePassword"), r.optionalInt("MaxPasswordAge"),
                    r.optionalInt("PasswordReusePrevention"), r.optionalBoolean("HardExpiry")));
            return XmlResult.NONE;
        });
        table.add("DeleteAccountPasswordPolicy", r -> {
            policies.deleteAccountPasswordPolicy();
            return XmlResult.NONE;
        });
    }
}
