package dev.warden.server.iam;

import dev.warden.core.iam.LoginProfileRequests;
import dev.warden.core.iam.LoginProfileService;
import dev.warden.core.model.LoginProfile;
import dev.warden.core.secret.Password;
import dev.warden.policy.eval.CallerType;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.xml.XmlResult;

/**
 * The console password actions, ChangePassword among them; passwords are wrapped in a secret type as
 * soon as they are read.
 */
final class LoginProfileActions {

    private LoginProfileActions() {}

    static void register(ActionTable table, IamApiContext context) {
        LoginProfileService profiles = context.iam().loginProfiles();
        table.add("CreateLoginProfile", r -> {
            String user = r.userNameOrCaller();
            LoginProfile profile = profiles.createLoginProfile(new LoginProfileRequests.CreateLoginProfile(user,
                    password(r.required("Password")), r.flag("PasswordResetRequired")));
            return profile(profile);
        });
        table.add("GetLoginProfile", r -> profile(profiles.getLoginProfile(r.userNameOrCaller())));
        table.add("UpdateLoginProfile", r -> {
            String user = r.required("UserName");
            String text = r.optional("Password");
            profiles.updateLoginProfile(new LoginProfileRequests.UpdateLoginProfile(user,
                    text == null ? null : password(text), r.optionalBoolean("PasswordResetRequired")));
            return XmlResult.NONE;
        });
        table.add("ChangePassword", r -> {
            // AWS reads the caller's identity, not a parameter: only an IAM user has a password to change.
            String user = r.principal().caller().type() == CallerType.USER ? r.principal().userName().orElse(null) : null;
            Password oldPassword = password(r.required("OldPassword"));
            Password newPassword = password(r.required("NewPassword"));
            if (user == null) {
                throw new AwsError(AwsErrorCode.INVALID_USER_TYPE, "Only IAM users can change their own password.");
            }
            profiles.changePassword(user, oldPassword, newPassword);
            return XmlResult.NONE;
        });
        table.add("DeleteLoginProfile", r -> {
            profiles.deleteLoginProfile(r.userNameOrCaller());
            return XmlResult.NONE;
        });
    }

    private static Password password(String text) {
        return Password.of(text);
    }

    private static XmlResult profile(LoginProfile profile) {
        return xml -> xml.start("LoginProfile")
                .element("UserName", profile.userName())
                .element("CreateDate", profile.createDate())
                .element("PasswordResetRequired", profile.passwordResetRequired())
                .end();
    }
}
