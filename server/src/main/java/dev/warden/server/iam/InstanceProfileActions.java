package dev.warden.server.iam;

import dev.warden.core.iam.InstanceProfileRequests;
import dev.warden.core.iam.InstanceProfileService;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.Page;
import dev.warden.server.xml.XmlResult;

/** The instance profile actions. */
final class InstanceProfileActions {

    private InstanceProfileActions() {}

    static void register(ActionTable table, IamApiContext context) {
        InstanceProfileService profiles = context.iam().instanceProfiles();
        table.add("CreateInstanceProfile", r -> profile(profiles.createInstanceProfile(
                new InstanceProfileRequests.CreateInstanceProfile(r.required("InstanceProfileName"), r.optional("Path"),
                        r.tags()))));
        table.add("GetInstanceProfile", r -> profile(profiles.getInstanceProfile(r.required("InstanceProfileName"))));
        table.add("ListInstanceProfiles", r -> list(profiles.listInstanceProfiles(r.listOptions())));
        table.add("ListInstanceProfilesForRole", r -> list(profiles.listInstanceProfilesForRole(r.required("RoleName"),
                r.pageOptions())));
        table.add("DeleteInstanceProfile", r -> {
            profiles.deleteInstanceProfile(r.required("InstanceProfileName"));
            return XmlResult.NONE;
        });
        table.add("AddRoleToInstanceProfile", r -> {
            profiles.addRoleToInstanceProfile(membership(r));
            return XmlResult.NONE;
        });
        table.add("RemoveRoleFromInstanceProfile", r -> {
            profiles.removeRoleFromInstanceProfile(membership(r));
            return XmlResult.NONE;
        });
        TagActions.register(table, "InstanceProfile", "InstanceProfileName",
                (name, tags) -> profiles.tagInstanceProfile(new InstanceProfileRequests.TagInstanceProfile(name, tags)),
                (name, keys) -> profiles.untagInstanceProfile(new InstanceProfileRequests.UntagInstanceProfile(name, keys)),
                profiles::listInstanceProfileTags);
    }

    private static InstanceProfileRequests.RoleMembership membership(IamRequest r) {
        return new InstanceProfileRequests.RoleMembership(r.required("InstanceProfileName"), r.required("RoleName"));
    }

    private static XmlResult profile(InstanceProfile profile) {
        return xml -> {
            xml.start("InstanceProfile");
            InstanceProfileXml.writeFull(xml, profile);
            xml.end();
        };
    }

    private static XmlResult list(Page<InstanceProfile> page) {
        return xml -> {
            xml.list("InstanceProfiles", page.items(), InstanceProfileXml::writeSummary);
            PageXml.write(xml, page);
        };
    }
}
