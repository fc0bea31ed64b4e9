package dev.warden.server.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.catalog.Catalog;
import dev.warden.core.home.WardenHome;
import dev.warden.core.home.WardenHomeSettings;
import dev.warden.core.secret.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamQueryHandlersTest {

    /** The actions of issues 4 and 5. */
    static final Set<String> ACTIONS = Set.of(
            "CreateUser", "GetUser", "ListUsers", "UpdateUser", "DeleteUser", "TagUser", "UntagUser", "ListUserTags",
            "PutUserPermissionsBoundary", "DeleteUserPermissionsBoundary",
            "CreateAccessKey", "ListAccessKeys", "UpdateAccessKey", "DeleteAccessKey", "GetAccessKeyLastUsed",
            "CreateLoginProfile", "GetLoginProfile", "UpdateLoginProfile", "DeleteLoginProfile",
            "CreateGroup", "GetGroup", "ListGroups", "UpdateGroup", "DeleteGroup", "AddUserToGroup",
            "RemoveUserFromGroup", "ListGroupsForUser",
            "CreateRole", "GetRole", "ListRoles", "UpdateRole", "UpdateRoleDescription", "UpdateAssumeRolePolicy",
            "DeleteRole", "TagRole", "UntagRole", "ListRoleTags", "PutRolePermissionsBoundary",
            "DeleteRolePermissionsBoundary",
            "CreatePolicy", "GetPolicy", "ListPolicies", "DeletePolicy", "CreatePolicyVersion", "GetPolicyVersion",
            "ListPolicyVersions", "DeletePolicyVersion", "SetDefaultPolicyVersion", "ListEntitiesForPolicy",
            "TagPolicy", "UntagPolicy", "ListPolicyTags",
            "PutUserPolicy", "GetUserPolicy", "ListUserPolicies", "DeleteUserPolicy",
            "PutRolePolicy", "GetRolePolicy", "ListRolePolicies", "DeleteRolePolicy",
            "PutGroupPolicy", "GetGroupPolicy", "ListGroupPolicies", "DeleteGroupPolicy",
            "AttachUserPolicy", "DetachUserPolicy", "ListAttachedUserPolicies",
            "AttachRolePolicy", "DetachRolePolicy", "ListAttachedRolePolicies",
            "AttachGroupPolicy", "DetachGroupPolicy", "ListAttachedGroupPolicies",
            "GetAccountSummary", "SimulatePrincipalPolicy", "SimulateCustomPolicy",
            "GetContextKeysForCustomPolicy", "GetContextKeysForPrincipalPolicy",
            "CreateInstanceProfile", "GetInstanceProfile", "ListInstanceProfiles", "DeleteInstanceProfile",
            "AddRoleToInstanceProfile", "RemoveRoleFromInstanceProfile", "ListInstanceProfilesForRole",
            "TagInstanceProfile", "UntagInstanceProfile", "ListInstanceProfileTags",
            "CreateOpenIDConnectProvider", "GetOpenIDConnectProvider", "ListOpenIDConnectProviders",
            "DeleteOpenIDConnectProvider", "AddClientIDToOpenIDConnectProvider",
            "RemoveClientIDFromOpenIDConnectProvider", "UpdateOpenIDConnectProviderThumbprint",
            "TagOpenIDConnectProvider", "UntagOpenIDConnectProvider", "ListOpenIDConnectProviderTags",
            "GetAccountAuthorizationDetails", "GenerateCredentialReport", "GetCredentialReport",
            "GetAccountPasswordPolicy", "UpdateAccountPasswordPolicy", "DeleteAccountPasswordPolicy",
            "CreateServiceLinkedRole", "DeleteServiceLinkedRole", "GetServiceLinkedRoleDeletionStatus",
            "CreateVirtualMFADevice", "EnableMFADevice", "ResyncMFADevice", "DeactivateMFADevice",
            "DeleteVirtualMFADevice", "ListMFADevices", "ListVirtualMFADevices",
            "UploadSSHPublicKey", "GetSSHPublicKey", "ListSSHPublicKeys", "UpdateSSHPublicKey", "DeleteSSHPublicKey",
            "UploadSigningCertificate", "ListSigningCertificates", "UpdateSigningCertificate", "DeleteSigningCertificate",
            "UploadServerCertificate", "GetServerCertificate", "ListServerCertificates", "UpdateServerCertificate",
            "DeleteServerCertificate",
            "CreateAccountAlias", "DeleteAccountAlias", "ListAccountAliases",
            "GetMFADevice", "TagMFADevice", "UntagMFADevice", "ListMFADeviceTags",
            "TagServerCertificate", "UntagServerCertificate", "ListServerCertificateTags",
            "GenerateServiceLastAccessedDetails", "GetServiceLastAccessedDetails",
            "GetServiceLastAccessedDetailsWithEntities", "ListPoliciesGrantingServiceAccess",
            "CreateSAMLProvider", "GetSAMLProvider", "ListSAMLProviders", "UpdateSAMLProvider", "DeleteSAMLProvider",
            "TagSAMLProvider", "UntagSAMLProvider", "ListSAMLProviderTags",
            "ChangePassword", "CreateServiceSpecificCredential", "ListServiceSpecificCredentials",
            "ResetServiceSpecificCredential", "UpdateServiceSpecificCredential", "DeleteServiceSpecificCredential",
            "SetSecurityTokenServicePreferences", "ListOrganizationsFeatures",
            "EnableOrganizationsRootCredentialsManagement", "DisableOrganizationsRootCredentialsManagement",
            "EnableOrganizationsRootSessions", "DisableOrganizationsRootSessions",
            "GenerateOrganizationsAccessReport", "GetOrganizationsAccessReport",
            "CreateDelegationRequest", "GetDelegationRequest", "ListDelegationRequests", "AcceptDelegationRequest",
            "RejectDelegationRequest", "AssociateDelegationRequest", "UpdateDelegationRequest", "SendDelegationToken",
            "GetHumanReadableSummary");

    @Test
    void servesExactlyTheActionsOfTheIssue(@TempDir Path folder) {
        try (WardenHome home = WardenHome.open(WardenHomeSettings.defaults(folder)
                .withArgon2(new PasswordHasher.Argon2Settings(64, 1, 1)))) {
            var handlers = IamQueryHandlers.create(
                    new IamApiContext(home.iam(), home.accountId(), Clock.systemUTC(), Catalog.get(),
                home.audit()));
            assertThat(handlers.keySet()).containsExactlyInAnyOrderElementsOf(ACTIONS);
        }
    }
}
