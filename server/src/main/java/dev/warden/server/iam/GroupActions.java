package dev.warden.server.iam;

import dev.warden.core.iam.GroupRequests;
import dev.warden.core.iam.GroupService;
import dev.warden.core.model.Group;
import dev.warden.core.model.Page;
import dev.warden.server.xml.XmlResult;

/** The group actions and group membership. */
final class GroupActions {

    private GroupActions() {}

    static void register(ActionTable table, IamApiContext context) {
        GroupService groups = context.iam().groups();
        table.add("CreateGroup", r -> {
            Group group = groups.createGroup(new GroupRequests.CreateGroup(r.required("GroupName"), r.optional("Path")));
            return xml -> {
                xml.start("Group");
                GroupXml.write(xml, group);
                xml.end();
            };
        });
        table.add("GetGroup", r -> {
            GroupRequests.GroupWithUsers result = groups.getGroup(r.required("GroupName"), r.pageOptions());
            return xml -> {
                xml.start("Group");
                GroupXml.write(xml, result.group());
                xml.end();
                xml.list("Users", result.users().items(), UserXml::writeSummary);
                PageXml.write(xml, result.users());
            };
        });
        table.add("ListGroups", r -> groupPage(groups.listGroups(r.listOptions())));
        table.add("UpdateGroup", r -> {
            groups.updateGroup(new GroupRequests.UpdateGroup(r.required("GroupName"), r.optional("NewGroupName"),
                    r.optional("NewPath")));
            return XmlResult.NONE;
        });
        table.add("DeleteGroup", r -> {
            groups.deleteGroup(r.required("GroupName"));
            return XmlResult.NONE;
        });
        table.add("AddUserToGroup", r -> {
            groups.addUserToGroup(new GroupRequests.Membership(r.required("GroupName"), r.required("UserName")));
            return XmlResult.NONE;
        });
        table.add("RemoveUserFromGroup", r -> {
            groups.removeUserFromGroup(new GroupRequests.Membership(r.required("GroupName"), r.required("UserName")));
            return XmlResult.NONE;
        });
        table.add("ListGroupsForUser", r -> groupPage(groups.listGroupsForUser(r.required("UserName"), r.pageOptions())));
    }

    private static XmlResult groupPage(Page<Group> page) {
        return xml -> {
            xml.list("Groups", page.items(), GroupXml::write);
            PageXml.write(xml, page);
        };
    }
}
