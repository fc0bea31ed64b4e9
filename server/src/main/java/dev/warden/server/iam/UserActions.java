package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.iam.UserRequests;
import dev.warden.core.iam.UserService;
import dev.warden.core.model.Page;
import dev.warden.core.model.User;
import dev.warden.server.xml.XmlResult;

/** The IAM user actions. */
final class UserActions {

    private UserActions() {}

    static void register(ActionTable table, IamApiContext context) {
        UserService users = context.iam().users();
        AwsManagedPolicies aws = new AwsManagedPolicies(ManagedPolicies.get(), context.iam());
        table.add("CreateUser", r -> {
            String name = r.required("UserName");
            String boundary = knownBoundary(aws, r.optional("PermissionsBoundary"));
            User user = users.createUser(new UserRequests.CreateUser(name, r.optional("Path"), boundary, r.tags()));
            return xml -> {
                xml.start("User");
                UserXml.writeFull(xml, user);
                xml.end();
            };
        });
        table.add("GetUser", r -> {
            User user = users.getUser(r.userNameOrCaller());
            return xml -> {
                xml.start("User");
                UserXml.writeFull(xml, user);
                xml.end();
            };
        });
        table.add("ListUsers", r -> {
            Page<User> page = users.listUsers(r.listOptions());
            return xml -> {
                xml.list("Users", page.items(), UserXml::writeSummary);
                PageXml.write(xml, page);
            };
        });
        table.add("UpdateUser", r -> {
            users.updateUser(new UserRequests.UpdateUser(r.required("UserName"), r.optional("NewUserName"),
                    r.optional("NewPath")));
            return XmlResult.NONE;
        });
        table.add("DeleteUser", r -> {
            users.deleteUser(r.required("UserName"));
            return XmlResult.NONE;
        });
        TagActions.register(table, "User", "UserName",
                (name, tags) -> users.tagUser(new UserRequests.TagUser(name, tags)),
                (name, keys) -> users.untagUser(new UserRequests.UntagUser(name, keys)),
                users::listUserTags);
        table.add("PutUserPermissionsBoundary", r -> {
            String name = r.required("UserName");
            String boundary = knownBoundary(aws, r.required("PermissionsBoundary"));
            users.putUserPermissionsBoundary(new UserRequests.PutUserPermissionsBoundary(name, boundary));
            return XmlResult.NONE;
        });
        table.add("DeleteUserPermissionsBoundary", r -> {
            users.deleteUserPermissionsBoundary(r.required("UserName"));
            return XmlResult.NONE;
        });
    }

    /** A boundary ARN (or null), checked against the catalogue when it names an AWS managed policy. */
    static String knownBoundary(AwsManagedPolicies aws, String arn) {
        if (arn != null) {
            aws.requireKnownIfAwsManaged(arn, "Scope ARN:");
        }
        return arn;
    }
}
