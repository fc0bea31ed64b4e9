package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parameters of the service-linked role actions (botocore shapes) and the deletion task id they exchange. */
final class ServiceLinkedRoleInputs {

    private static final Pattern DELETION_TASK = Pattern.compile(
            "task" + Pattern.quote(ServiceLinkedRoles.PATH_PREFIX) + "[\\w+=,.@-]+/[\\w+=,.@-]+/(AROA\\w+)");

    private ServiceLinkedRoleInputs() {
    }

    /** AWSServiceName: groupNameType, 1-128 of {@code [\w+=,.@-]}. */
    static String serviceName(String value) {
        return IamInputRules.name("awsServiceName", value, 128);
    }

    /** CustomSuffix: customSuffixType, 1-64 of {@code [\w+=,.@-]}; null when not given. */
    static String customSuffix(String value) {
        return value == null ? null : IamInputRules.name("customSuffix", value, 64);
    }

    static String deletionTaskId(Role role) {
        return "task" + role.path() + role.roleName() + "/" + role.roleId();
    }

    /** The id of the role a deletion task deleted; InvalidInput for an id Warden never hands out. */
    static String roleIdOfDeletionTask(String deletionTaskId) {
        IamInputRules.required("deletionTaskId", deletionTaskId);
        IamInputRules.length("deletionTaskId", deletionTaskId, 1, 1000);
        Matcher matcher = DELETION_TASK.matcher(deletionTaskId);
        if (!matcher.matches()) {
            throw IamException.invalidInput("Invalid deletion task id: " + deletionTaskId.substring(0,
                    Math.min(deletionTaskId.length(), 128)));
        }
        return matcher.group(1);
    }
}
