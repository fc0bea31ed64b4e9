package dev.warden.server.iam;

import java.util.List;

/**
 * Centralized root access (ListOrganizationsFeatures and the Enable/Disable operations for root
 * credentials management and root sessions). They take no parameters and act on the caller's
 * organization; a standalone account has none, so each one, once authorized, answers
 * OrganizationNotFoundException.
 */
final class OrganizationsRootAccessActions {

    static final List<String> ACTIONS = List.of(
            "ListOrganizationsFeatures",
            "EnableOrganizationsRootCredentialsManagement",
            "DisableOrganizationsRootCredentialsManagement",
            "EnableOrganizationsRootSessions",
            "DisableOrganizationsRootSessions");

    private OrganizationsRootAccessActions() {}

    static void register(ActionTable table) {
        for (String action : ACTIONS) {
            table.add(action, r -> {
                throw StandaloneAccount.noOrganization();
            });
        }
    }
}
