package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.catalog.ManagedPolicy;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.IamInputRules;
import dev.warden.core.iam.ManagedPolicyService;
import dev.warden.core.iam.PolicyRequests;
import dev.warden.core.model.Page;
import dev.warden.core.model.PolicyVersion;
import dev.warden.server.xml.XmlResult;
import java.util.List;

/**
 * The managed policy actions. Customer managed policies live in the core; AWS managed ones are
 * read from the catalogue (GetPolicy, GetPolicyVersion and ListPolicyVersions of their default
 * version, ListPolicies, ListEntitiesForPolicy).
 */
final class ManagedPolicyActions {

    private ManagedPolicyActions() {}

    static void register(ActionTable table, IamApiContext context) {
        ManagedPolicyService policies = context.iam().policies();
        AwsManagedPolicies aws = new AwsManagedPolicies(ManagedPolicies.get(), context.iam());
        EnginePolicyDocumentCheck documents = new EnginePolicyDocumentCheck(context.iam().context().quotas());
        PolicyListing listing = new PolicyListing(context.iam(), aws);
        PolicyEntities entities = new PolicyEntities(context.iam(), aws);

        table.add("CreatePolicy", r -> {
            String name = r.required("PolicyName");
            String document = r.required("PolicyDocument");
            documents.checkManaged(document);
            PolicyView created = PolicyView.of(policies.createPolicy(new PolicyRequests.CreatePolicy(name,
                    r.optional("Path"), document, r.optional("Description"), r.tags())));
            return policy(created);
        });
        table.add("GetPolicy", r -> {
            String arn = r.required("PolicyArn");
            return policy(AwsManagedPolicies.isAwsManagedArn(arn)
                    ? aws.view(aws.require(arn))
                    : PolicyView.of(policies.getPolicy(arn)));
        });
        table.add("ListPolicies", r -> {
            PolicyListing.Result result = listing.list(r);
            return xml -> {
                xml.list("Policies", result.policies(), PolicyXml::writeSummary);
                PageXml.write(xml, result.truncated(), result.marker());
            };
        });
        table.add("DeletePolicy", r -> {
            policies.deletePolicy(r.required("PolicyArn"));
            return XmlResult.NONE;
        });
        table.add("CreatePolicyVersion", r -> {
            String arn = r.required("PolicyArn");
            String document = r.required("PolicyDocument");
            documents.checkManaged(document);
            PolicyVersion version = policies.createPolicyVersion(
                    new PolicyRequests.CreatePolicyVersion(arn, document, r.flag("SetAsDefault")));
            return xml -> {
                xml.start("PolicyVersion");
                PolicyVersionXml.writeSummary(xml, version);
                xml.end();
            };
        });
        table.add("GetPolicyVersion", r -> {
            String arn = r.required("PolicyArn");
            // Checked here too: the AWS managed branch never reaches the core, which checks its own.
            String versionId = IamInputRules.versionId(r.required("VersionId"));
            PolicyVersion version = AwsManagedPolicies.isAwsManagedArn(arn)
                    ? awsVersion(aws.require(arn), versionId)
                    : policies.getPolicyVersion(new PolicyRequests.PolicyVersionRef(arn, versionId));
            return xml -> {
                xml.start("PolicyVersion");
                PolicyVersionXml.writeWithDocument(xml, version);
                xml.end();
            };
        });
        table.add("ListPolicyVersions", r -> {
            String arn = r.required("PolicyArn");
            Page<PolicyVersion> page;
            if (AwsManagedPolicies.isAwsManagedArn(arn)) {
                ManagedPolicy policy = aws.require(arn);
                MaxItems.of(r);
                page = new Page<>(List.of(awsVersion(policy, policy.defaultVersionId())), false, null);
            } else {
                page = policies.listPolicyVersions(arn, r.pageOptions());
            }
            return xml -> {
                xml.list("Versions", page.items(), PolicyVersionXml::writeSummary);
                PageXml.write(xml, page);
            };
        });
        table.add("DeletePolicyVersion", r -> {
            policies.deletePolicyVersion(new PolicyRequests.PolicyVersionRef(r.required("PolicyArn"),
                    r.required("VersionId")));
            return XmlResult.NONE;
        });
        table.add("SetDefaultPolicyVersion", r -> {
            policies.setDefaultPolicyVersion(new PolicyRequests.PolicyVersionRef(r.required("PolicyArn"),
                    r.required("VersionId")));
            return XmlResult.NONE;
        });
        table.add("ListEntitiesForPolicy", entities::list);
        TagActions.register(table, "Policy", "PolicyArn",
                (arn, tags) -> policies.tagPolicy(new PolicyRequests.TagPolicy(arn, tags)),
                (arn, keys) -> policies.untagPolicy(new PolicyRequests.UntagPolicy(arn, keys)),
                policies::listPolicyTags);
    }

    private static XmlResult policy(PolicyView view) {
        return xml -> {
            xml.start("Policy");
            PolicyXml.writeFull(xml, view);
            xml.end();
        };
    }

    /** The catalogue holds only the default version of an AWS managed policy. */
    private static PolicyVersion awsVersion(ManagedPolicy policy, String versionId) {
        if (!policy.defaultVersionId().equals(versionId)) {
            throw IamException.noSuchEntity("Policy " + policy.arn() + " version " + versionId
                    + " does not exist or is not attachable.");
        }
        return new PolicyVersion(AwsManagedPolicies.policyId(policy.arn()), versionId, policy.document(), true,
                policy.updateDate());
    }
}
