package dev.warden.server.iam;

import dev.warden.catalog.ManagedPolicies;
import dev.warden.catalog.ManagedPolicy;
import dev.warden.core.iam.AccountAuthorizationDetails;
import dev.warden.core.iam.AuthorizationEntityKind;
import dev.warden.server.query.ConstraintViolation;
import dev.warden.server.query.ValidationErrors;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GetAccountAuthorizationDetails: the core pages through the account's entities; AWS managed
 * policies in use are filled in from the catalogue (a policy the catalogue does not know is left out,
 * so a page may hold fewer entities than MaxItems, which AWS allows).
 */
final class AuthorizationDetailsActions {

    private static final String ALLOWED = Arrays.stream(AuthorizationEntityKind.values())
            .map(AuthorizationEntityKind::filterValue).collect(Collectors.joining(", "));

    private AuthorizationDetailsActions() {}

    static void register(ActionTable table, IamApiContext context) {
        AwsManagedPolicies aws = new AwsManagedPolicies(ManagedPolicies.get(), context.iam());
        table.add("GetAccountAuthorizationDetails", r -> {
            Set<AuthorizationEntityKind> filter = filter(r);
            AccountAuthorizationDetails details = context.iam().authorizationDetails().getAccountAuthorizationDetails(
                    new AccountAuthorizationDetails.Query(filter, r.optional("Marker"), r.optionalInt("MaxItems")));
            List<AwsPolicy> awsPolicies = details.awsPolicies().stream()
                    .flatMap(u -> aws.find(u.arn()).map(p -> new AwsPolicy(p, u.attachmentCount(),
                            u.permissionsBoundaryUsageCount())).stream())
                    .toList();
            return xml -> {
                xml.list("UserDetailList", details.users(), AuthorizationDetailsXml::writeUser);
                xml.list("GroupDetailList", details.groups(), AuthorizationDetailsXml::writeGroup);
                xml.list("RoleDetailList", details.roles(), AuthorizationDetailsXml::writeRole);
                xml.start("Policies");
                details.localPolicies().forEach(p -> {
                    xml.start("member");
                    AuthorizationDetailsXml.writeLocalPolicy(xml, p);
                    xml.end();
                });
                awsPolicies.forEach(p -> {
                    xml.start("member");
                    AuthorizationDetailsXml.writeAwsPolicy(xml, p.policy(), p.attachments(), p.boundaryUses());
                    xml.end();
                });
                xml.end();
                PageXml.write(xml, details.truncated(), details.marker());
            };
        });
    }

    private record AwsPolicy(ManagedPolicy policy, int attachments, int boundaryUses) {
    }

    /** {@code Filter.member.N}; each value must be one of the model's enum values, spelled exactly. */
    private static Set<AuthorizationEntityKind> filter(IamRequest r) {
        Set<AuthorizationEntityKind> kinds = EnumSet.noneOf(AuthorizationEntityKind.class);
        for (String value : r.strings("Filter")) {
            Optional<AuthorizationEntityKind> kind = AuthorizationEntityKind.ofFilterValue(value);
            if (kind.isEmpty()) {
                throw ValidationErrors.single(new ConstraintViolation(r.params().memberPath("Filter"), "[" + value + "]",
                        "Member must satisfy constraint: [Member must satisfy enum value set: [" + ALLOWED + "]]"));
            }
            kinds.add(kind.get());
        }
        return kinds;
    }
}
