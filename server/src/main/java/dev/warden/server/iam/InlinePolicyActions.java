package dev.warden.server.iam;

import dev.warden.core.iam.InlinePolicyRequests;
import dev.warden.core.iam.InlinePolicyService;
import dev.warden.core.iam.ListOptions;
import dev.warden.core.model.InlinePolicy;
import dev.warden.core.model.Page;
import dev.warden.server.xml.PolicyDocumentEncoding;
import dev.warden.server.xml.XmlResult;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** Put/Get/List/Delete{User,Role,Group}Policy: the same four actions for each kind of owner. */
final class InlinePolicyActions {

    private InlinePolicyActions() {}

    static void register(ActionTable table, IamApiContext context) {
        InlinePolicyService inline = context.iam().inlinePolicies();
        family(table, "User", inline::putUserPolicy, inline::getUserPolicy, inline::listUserPolicies,
                inline::deleteUserPolicy);
        family(table, "Role", inline::putRolePolicy, inline::getRolePolicy, inline::listRolePolicies,
                inline::deleteRolePolicy);
        family(table, "Group", inline::putGroupPolicy, inline::getGroupPolicy, inline::listGroupPolicies,
                inline::deleteGroupPolicy);
    }

    /** {@code owner} is User, Role or Group: the action names and the name parameter follow from it. */
    private static void family(ActionTable table, String owner,
            Consumer<InlinePolicyRequests.PutPolicy> put,
            Function<InlinePolicyRequests.PolicyRef, InlinePolicy> get,
            BiFunction<String, ListOptions, Page<String>> list,
            Consumer<InlinePolicyRequests.PolicyRef> delete) {
        String nameParameter = owner + "Name";
        table.add("Put" + owner + "Policy", r -> {
            put.accept(new InlinePolicyRequests.PutPolicy(r.required(nameParameter), r.required("PolicyName"),
                    r.required("PolicyDocument")));
            return XmlResult.NONE;
        });
        table.add("Get" + owner + "Policy", r -> {
            String entity = r.required(nameParameter);
            InlinePolicy policy = get.apply(new InlinePolicyRequests.PolicyRef(entity, r.required("PolicyName")));
            return xml -> xml.element(nameParameter, entity)
                    .element("PolicyName", policy.policyName())
                    .element("PolicyDocument", PolicyDocumentEncoding.encode(policy.document()));
        });
        table.add("List" + owner + "Policies", r -> {
            Page<String> page = list.apply(r.required(nameParameter), r.pageOptions());
            return xml -> {
                xml.stringList("PolicyNames", page.items());
                PageXml.write(xml, page);
            };
        });
        table.add("Delete" + owner + "Policy", r -> {
            delete.accept(new InlinePolicyRequests.PolicyRef(r.required(nameParameter), r.required("PolicyName")));
            return XmlResult.NONE;
        });
    }
}
