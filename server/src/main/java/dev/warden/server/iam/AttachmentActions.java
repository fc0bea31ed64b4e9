package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.core.iam.AttachmentRequests;
import dev.warden.core.iam.AttachmentService;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.model.AttachedPolicy;
import dev.warden.core.model.Page;
import dev.warden.server.xml.XmlResult;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Attach/Detach/ListAttached{User,Role,Group}Policies. AWS managed policies are attachable by ARN
 * when the catalogue has them; an unknown one is NoSuchEntity, whatever directory the core was
 * given.
 */
final class AttachmentActions {

    private AttachmentActions() {}

    static void register(ActionTable table, IamApiContext context) {
        AttachmentService attachments = context.iam().attachments();
        AwsManagedPolicies aws = new AwsManagedPolicies(ManagedPolicies.get(), context.iam());
        family(table, aws, "User", attachments::attachUserPolicy, attachments::detachUserPolicy,
                attachments::listAttachedUserPolicies);
        family(table, aws, "Role", attachments::attachRolePolicy, attachments::detachRolePolicy,
                attachments::listAttachedRolePolicies);
        family(table, aws, "Group", attachments::attachGroupPolicy, attachments::detachGroupPolicy,
                attachments::listAttachedGroupPolicies);
    }

    private static void family(ActionTable table, AwsManagedPolicies aws, String owner,
            Consumer<AttachmentRequests.AttachPolicy> attach,
            Consumer<AttachmentRequests.AttachPolicy> detach,
            BiFunction<String, ListOptions, Page<AttachedPolicy>> list) {
        String nameParameter = owner + "Name";
        table.add("Attach" + owner + "Policy", r -> {
            String entity = r.required(nameParameter);
            String arn = r.required("PolicyArn");
            aws.requireKnownIfAwsManaged(arn, "Policy");
            attach.accept(new AttachmentRequests.AttachPolicy(entity, arn));
            return XmlResult.NONE;
        });
        table.add("Detach" + owner + "Policy", r -> {
            detach.accept(new AttachmentRequests.AttachPolicy(r.required(nameParameter), r.required("PolicyArn")));
            return XmlResult.NONE;
        });
        table.add("ListAttached" + owner + "Policies", r -> {
            Page<AttachedPolicy> page = list.apply(r.required(nameParameter), r.listOptions());
            return xml -> {
                xml.list("AttachedPolicies", page.items(), (x, p) -> x
                        .element("PolicyName", p.policyName())
                        .element("PolicyArn", p.policyArn()));
                PageXml.write(xml, page);
            };
        });
    }
}
