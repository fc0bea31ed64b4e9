package dev.warden.server.iam;

import dev.warden.core.iam.LoginProfileRequests;
import dev.warden.core.iam.LoginProfileService;
import dev.warden.core.model.LoginProfile;
import dev.warden.core.secret.Password;
import dev.warden.server.xml.XmlResult;

/** The console password actions; the password is wrapped in a secret type as soon as it is read. */
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
