package dev.warden.server.authz;

import dev.warden.catalog.Action;
import dev.warden.catalog.ActionResource;
import dev.warden.catalog.Catalog;
import dev.warden.core.error.IamException;
import dev.warden.core.iam.Iam;
import dev.warden.core.iam.PasswordPolicyService;
import dev.warden.core.model.Arns;
import dev.warden.core.model.Group;
import dev.warden.core.model.InstanceProfile;
import dev.warden.core.model.Role;
import dev.warden.core.model.ServerCertificate;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import dev.warden.core.store.StoredServerCertificate;
import dev.warden.policy.context.ContextValue;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The resource ARN and request keys AWS evaluates for an IAM action (IAM API reference and the
 * Service Authorization Reference in the catalogue): the entity the action names, with its path,
 * e.g. CreateUser → {@code arn:aws:iam::ACCT:user/PATH/NAME}, AttachRolePolicy → the role,
 * CreatePolicy → the new policy's ARN; list actions without a resource type use the path prefix
 * AWS reports ({@code arn:aws:iam::ACCT:user/} for ListUsers, {@code policy path /} for
 * ListPolicies); everything else {@code *}.
 *
 * <p>An entity that does not exist is named with the root path, so the caller learns nothing more
 * from AccessDenied than from the NoSuchEntity it would get when allowed.
 */
public final class IamRequestTargets {

    private final Iam iam;
    private final Catalog catalog;
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private final String accountId;

    public IamRequestTargets(Iam iam, Catalog catalog) {
        this.iam = iam;
        this.catalog = catalog;
        this.accountId = iam.accountId();
    }

    /** The account's password policy service, for the permission AllowUsersToChangePassword grants. */
    PasswordPolicyService passwordPolicy() {
        return iam.passwordPolicy();
    }

    public RequestTarget resolve(String action, QueryParameters params, WardenPrincipal principal) {
        Map<String, ContextValue> keys = new LinkedHashMap<>();
        RequestKeys.putRequestTags(params, keys);
        params.optionalString("PolicyArn").ifPresent(arn -> keys.put("iam:PolicyARN", ContextValue.string(arn)));
        Optional<Action> known = catalog.action("iam:" + action);
        String resource = resource(action, known, params, principal, keys);
        known.ifPresent(listed -> dropIamKeysNotListed(listed, keys));
        resourceAccount(resource).ifPresent(account -> keys.put("aws:ResourceAccount", ContextValue.string(account)));
        return new RequestTarget(resource, keys);
    }

    /**
     * The account that owns the resource: the one its ARN names, or for {@code *} and the path
     * pseudo-resources of the list actions the account whose IAM is called. AWS managed policies
     * ({@code arn:aws:iam::aws:policy/…}) belong to no customer account: no key.
     */
    private Optional<String> resourceAccount(String resource) {
        if (!resource.startsWith("arn:")) {
            return Optional.of(accountId);
        }
        String[] parts = resource.split(":", 6);
        return parts.length == 6 && ACCOUNT_ID.matcher(parts[4]).matches() ? Optional.of(parts[4]) : Optional.empty();
    }

    /**
     * IAM's own keys only where the Service Authorization Reference lists them for the action:
     * {@code iam:PermissionsBoundary} on CreateUser/Role, the Put/Delete*PermissionsBoundary,
     * Put/Delete*Policy and Attach/Detach*Policy actions and a few role actions (GetRole, DeleteRole,
     * UpdateRole, …); {@code iam:PolicyARN} on Attach/Detach*Policy. GetUser, DeleteUser, TagRole on a
     * bounded entity, or GetPolicy and DeletePolicy naming a PolicyArn, carry no such key, so a
     * condition on it sees an absent key, as in AWS. Actions the catalogue does not know keep theirs.
     */
    private void dropIamKeysNotListed(Action known, Map<String, ContextValue> keys) {
        keys.keySet().removeIf(key -> key.startsWith("iam:") && !catalog.supportsConditionKey(known, key));
    }

    private String resource(String action, Optional<Action> known, QueryParameters params, WardenPrincipal principal,
            Map<String, ContextValue> keys) {
        List<ActionResource> types = known.map(Action::resourceTypes).orElse(List.of());
        if (types.isEmpty()) {
            return withoutResourceType(action, params);
        }
        if (types.size() > 1 && types.get(0).resourceType().equals("mfa")) {
            // DeleteVirtualMFADevice acts on an mfa or sms-mfa device: the one its serial number names.
            return mfaDevice(params, keys);
        }
        if (types.size() > 1) {
            // SimulatePrincipalPolicy, GenerateServiceLastAccessedDetails, …: the entity is an ARN parameter.
            return params.optionalString("PolicySourceArn").or(() -> params.optionalString("Arn")).orElse("*");
        }
        return switch (types.get(0).resourceType()) {
            case "user" -> user(action, params, principal, keys);
            case "group" -> group(action, params);
            case "role" -> role(action, params, keys);
            case "policy" -> policy(action, params, keys);
            case "instance-profile" -> instanceProfile(action, params, keys);
            case "server-certificate" -> serverCertificate(action, params, keys);
            case "mfa" -> mfaDevice(params, keys);
            case "oidc-provider" -> oidcProvider(params, keys);
            case "saml-provider" -> samlProvider(params, keys);
            case "access-report" -> accessReport(params, keys);
            case "delegation-request" -> delegationRequest(action, params, keys);
            default -> "*";
        };
    }

    private String withoutResourceType(String action, QueryParameters params) {
        String prefix = params.optionalString("PathPrefix").orElse("/");
        return switch (action) {
            case "ListUsers" -> Arns.user(accountId, prefix, "");
            case "ListRoles" -> Arns.role(accountId, prefix, "");
            case "ListGroups" -> Arns.group(accountId, prefix, "");
            case "ListInstanceProfiles" -> Arns.iam(accountId, "instance-profile", prefix, "");
            case "ListPolicies" -> "policy path " + prefix;
            default -> "*";
        };
    }

    private String user(String action, QueryParameters params, WardenPrincipal principal,
            Map<String, ContextValue> keys) {
        params.optionalString("PermissionsBoundary")
                .ifPresent(arn -> keys.put("iam:PermissionsBoundary", ContextValue.string(arn)));
        if (action.equals("CreateUser")) {
            return Arns.user(accountId, params.optionalString("Path").orElse("/"),
                    params.optionalString("UserName").orElse(""));
        }
        Optional<String> name = action.equals("GetAccessKeyLastUsed")
                ? ownerOfKey(params.optionalString("AccessKeyId").orElse(""))
                : params.optionalString("UserName").or(principal::userName);
        if (name.isEmpty()) {
            return "*";
        }
        Optional<User> user = lookup(() -> iam.context().store().read(tx -> tx.users().findByName(accountId, name.get())));
        if (user.isEmpty()) {
            return Arns.user(accountId, "/", name.get());
        }
        if (user.get().permissionsBoundaryArn() != null) {
            keys.putIfAbsent("iam:PermissionsBoundary", ContextValue.string(user.get().permissionsBoundaryArn()));
        }
        putResourceTags(user.get().tags(), keys);
        return user.get().arn();
    }

    /** The profile's real ARN (with its path) once it exists; the requested one for CreateInstanceProfile. */
    private String instanceProfile(String action, QueryParameters params, Map<String, ContextValue> keys) {
        String name = params.optionalString("InstanceProfileName").orElse("");
        if (action.equals("CreateInstanceProfile")) {
            return Arns.iam(accountId, "instance-profile", params.optionalString("Path").orElse("/"), name);
        }
        Optional<InstanceProfile> profile =
                lookup(() -> iam.context().store().read(tx -> tx.instanceProfiles().findByName(accountId, name)));
        profile.ifPresent(found -> putAwsResourceTags(found.tags(), keys));
        return profile.map(InstanceProfile::arn).orElse(Arns.iam(accountId, "instance-profile", "/", name));
    }

    /** The certificate's real ARN (with its path) once it exists; the requested one for the upload. */
    private String serverCertificate(String action, QueryParameters params, Map<String, ContextValue> keys) {
        if (action.equals("UploadServerCertificate")) {
            return named(params, "server-certificate", "ServerCertificateName");
        }
        String name = params.optionalString("ServerCertificateName").orElse("");
        Optional<ServerCertificate> certificate = lookup(() -> iam.context().store()
                .read(tx -> tx.serverCertificates().findByName(accountId, name)).map(StoredServerCertificate::certificate));
        certificate.ifPresent(found -> putAwsResourceTags(found.tags(), keys));
        return certificate.map(ServerCertificate::arn).orElse(Arns.iam(accountId, "server-certificate", "/", name));
    }

    /** The device a serial number names (with its tags once it exists); the requested one for its creation. */
    private String mfaDevice(QueryParameters params, Map<String, ContextValue> keys) {
        Optional<String> serial = params.optionalString("SerialNumber");
        if (serial.isEmpty()) {
            return named(params, "mfa", "VirtualMFADeviceName");
        }
        lookup(() -> iam.context().store().read(tx -> tx.mfaDevices().find(serial.get())))
                .ifPresent(stored -> putAwsResourceTags(stored.device().tags(), keys));
        return serial.get();
    }

    private String oidcProvider(QueryParameters params, Map<String, ContextValue> keys) {
        Optional<String> arn = params.optionalString("OpenIDConnectProviderArn");
        if (arn.isEmpty()) {
            return "arn:aws:iam::" + accountId + ":oidc-provider/"
                    + params.optionalString("Url").orElse("").replaceFirst("^https://", "");
        }
        lookup(() -> iam.context().store().read(tx -> tx.oidcProviders().findByArn(arn.get())))
                .ifPresent(provider -> putAwsResourceTags(provider.tags(), keys));
        return arn.get();
    }

    private String samlProvider(QueryParameters params, Map<String, ContextValue> keys) {
        Optional<String> arn = params.optionalString("SAMLProviderArn");
        if (arn.isEmpty()) {
            return "arn:aws:iam::" + accountId + ":saml-provider/" + params.optionalString("Name").orElse("");
        }
        lookup(() -> iam.context().store().read(tx -> tx.samlProviders().find(arn.get())))
                .ifPresent(provider -> putAwsResourceTags(provider.tags(), keys));
        return arn.get();
    }

    private String group(String action, QueryParameters params) {
        String name = params.optionalString("GroupName").orElse("");
        if (action.equals("CreateGroup")) {
            return Arns.group(accountId, params.optionalString("Path").orElse("/"), name);
        }
        return lookup(() -> iam.context().store().read(tx -> tx.groups().findByName(accountId, name)))
                .map(Group::arn).orElse(Arns.group(accountId, "/", name));
    }

    private String role(String action, QueryParameters params, Map<String, ContextValue> keys) {
        params.optionalString("PermissionsBoundary")
                .ifPresent(arn -> keys.put("iam:PermissionsBoundary", ContextValue.string(arn)));
        if (action.equals("CreateServiceLinkedRole")) {
            params.optionalString("AWSServiceName")
                    .ifPresent(service -> keys.put("iam:AWSServiceName", ContextValue.string(service)));
            return Arns.role(accountId, "/aws-service-role/" + params.optionalString("AWSServiceName").orElse("") + "/",
                    "*");
        }
        String name = params.optionalString("RoleName").orElse("");
        if (action.equals("CreateRole")) {
            return Arns.role(accountId, params.optionalString("Path").orElse("/"), name);
        }
        Optional<Role> role = lookup(() -> iam.context().store().read(tx -> tx.roles().findByName(accountId, name)));
        if (role.isEmpty()) {
            return Arns.role(accountId, "/", name);
        }
        if (role.get().permissionsBoundaryArn() != null) {
            keys.putIfAbsent("iam:PermissionsBoundary", ContextValue.string(role.get().permissionsBoundaryArn()));
        }
        putResourceTags(role.get().tags(), keys);
        return role.get().arn();
    }

    /** A role's real ARN (with its path), or the root-path ARN for a name that does not exist. */
    public String roleArn(String roleName) {
        return lookup(() -> iam.context().store().read(tx -> tx.roles().findByName(accountId, roleName)))
                .map(Role::arn).orElse(Arns.role(accountId, "/", roleName));
    }

    private String policy(String action, QueryParameters params, Map<String, ContextValue> keys) {
        if (action.equals("CreatePolicy")) {
            return Arns.policy(accountId, params.optionalString("Path").orElse("/"),
                    params.optionalString("PolicyName").orElse(""));
        }
        Optional<String> arn = params.optionalString("PolicyArn");
        arn.flatMap(named -> lookup(() -> iam.context().store().read(tx -> tx.policies().findByArn(named))))
                .ifPresent(policy -> putAwsResourceTags(policy.tags(), keys));
        return arn.orElse("*");
    }

    /** GenerateOrganizationsAccessReport: the entity path's report, with the SCP it names as iam:OrganizationsPolicyId. */
    private String accessReport(QueryParameters params, Map<String, ContextValue> keys) {
        params.optionalString("OrganizationsPolicyId")
                .ifPresent(id -> keys.put("iam:OrganizationsPolicyId", ContextValue.string(id)));
        return Arns.iam(accountId, "access-report", "/", params.optionalString("EntityPath").orElse(""));
    }

    /**
     * The delegation request an action names (GetHumanReadableSummary: by ARN); CreateDelegationRequest
     * names none yet and carries its duration, channel and template as the iam:Delegation* keys.
     */
    private String delegationRequest(String action, QueryParameters params, Map<String, ContextValue> keys) {
        if (action.equals("CreateDelegationRequest")) {
            params.optionalString("SessionDuration")
                    .ifPresent(d -> keys.put("iam:DelegationDuration", ContextValue.string(d)));
            params.optionalString("NotificationChannel")
                    .ifPresent(c -> keys.put("iam:NotificationChannel", ContextValue.string(c)));
            params.struct("Permissions").flatMap(p -> p.optionalString("PolicyTemplateArn"))
                    .ifPresent(arn -> keys.put("iam:TemplateArn", ContextValue.string(arn)));
            return "*";
        }
        return params.optionalString("EntityArn").orElseGet(() -> Arns.iam(accountId, "delegation-request", "/",
                params.optionalString("DelegationRequestId").orElse("")));
    }

    private String named(QueryParameters params, String kind, String nameParameter) {
        return Arns.iam(accountId, kind, params.optionalString("Path").orElse("/"),
                params.optionalString(nameParameter).orElse(""));
    }

    private Optional<String> ownerOfKey(String accessKeyId) {
        return lookup(() -> iam.context().store().read(tx -> tx.accessKeys().find(accessKeyId))
                .map(stored -> stored.key().userName()));
    }

    /** A user's or role's tags: the only IAM resource types that also carry {@code iam:ResourceTag/*}. */
    private static void putResourceTags(List<Tag> tags, Map<String, ContextValue> keys) {
        putAwsResourceTags(tags, keys);
        for (Tag tag : tags) {
            keys.put("iam:ResourceTag/" + tag.key(), ContextValue.string(tag.value()));
        }
    }

    /**
     * The tags of a policy, instance profile, MFA device, OIDC or SAML provider or server certificate:
     * the Service Authorization Reference lists only {@code aws:ResourceTag/*} for those resource types.
     */
    private static void putAwsResourceTags(List<Tag> tags, Map<String, ContextValue> keys) {
        for (Tag tag : tags) {
            keys.put("aws:ResourceTag/" + tag.key(), ContextValue.string(tag.value()));
        }
    }

    /** A read that must not fail authorization: a bad name is the handler's to report. */
    private static <T> Optional<T> lookup(java.util.function.Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (IamException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
