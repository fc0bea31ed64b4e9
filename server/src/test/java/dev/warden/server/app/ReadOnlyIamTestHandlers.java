package dev.warden.server.app;

import dev.warden.core.iam.Iam;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.model.User;
import dev.warden.server.QueryHandler;
import dev.warden.server.principal.WardenPrincipal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * TEST DOUBLE: two read-only IAM operations (ListUsers, GetUser) so the authorizer can be exercised
 * through the real SDK before the IAM handlers of branch server-iam are merged. Not a production
 * handler: no pagination, no validation.
 */
final class ReadOnlyIamTestHandlers {

    private ReadOnlyIamTestHandlers() {}

    static Map<String, Map<String, QueryHandler<WardenPrincipal>>> create(Supplier<Iam> iamLater) {
        Map<String, QueryHandler<WardenPrincipal>> actions = new LinkedHashMap<>();
        actions.put("ListUsers", call -> xml -> xml.list("Users",
                iamLater.get().users().listUsers(new ListOptions(null, null, null)).items(), (x, user) -> user(x, user)));
        actions.put("GetUser", call -> {
            String name = call.params().optionalString("UserName")
                    .orElseGet(() -> call.requireCaller().principal().userName().orElseThrow());
            User user = iamLater.get().users().getUser(name);
            return xml -> {
                xml.start("User");
                user(xml, user);
                xml.end();
            };
        });
        return Map.of("iam", actions);
    }

    private static void user(dev.warden.server.xml.XmlWriter xml, User user) {
        xml.element("Path", user.path()).element("UserName", user.userName()).element("UserId", user.userId())
                .element("Arn", user.arn()).element("CreateDate", user.createDate());
    }
}
