package dev.warden.server.iam;

import dev.warden.server.xml.XmlResult;

/**
 * SetSecurityTokenServicePreferences: the account's global endpoint token version, v1Token or v2Token,
 * kept by the IAM core and reported as GlobalEndpointTokenVersion by GetAccountSummary. The response
 * has no members.
 */
final class StsPreferencesActions {

    private StsPreferencesActions() {}

    static void register(ActionTable table, IamApiContext context) {
        table.add("SetSecurityTokenServicePreferences", r -> {
            context.iam().stsPreferences().setGlobalEndpointTokenVersion(r.required("GlobalEndpointTokenVersion"));
            return XmlResult.NONE;
        });
    }
}
