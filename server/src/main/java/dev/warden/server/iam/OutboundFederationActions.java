package dev.warden.server.iam;

import dev.warden.core.iam.OutboundFederationService;
import dev.warden.core.iam.OutboundFederationState;
import dev.warden.server.oidc.OutboundIssuer;
import dev.warden.server.xml.XmlResult;

/**
 * Enable/Disable/GetOutboundWebIdentityFederation(Info): the account's switch for STS
 * GetWebIdentityToken and its issuer URL ({@link OutboundIssuer}). Enabling when enabled is
 * {@code FeatureEnabled} (409), disabling when disabled {@code FeatureDisabled} (404); the info of an
 * account that never enabled the feature is {@code FeatureDisabled}, after a Disable it reports the
 * issuer with {@code JwtVendingEnabled} false.
 */
final class OutboundFederationActions {

    private OutboundFederationActions() {}

    static void register(ActionTable table, OutboundFederationService federation, OutboundIssuer issuer) {
        table.add("EnableOutboundWebIdentityFederation", r -> {
            String issuerUrl = issuer.url(federation.enable());
            return xml -> xml.element("IssuerIdentifier", issuerUrl);
        });
        table.add("DisableOutboundWebIdentityFederation", r -> {
            federation.disable();
            return XmlResult.NONE;
        });
        table.add("GetOutboundWebIdentityFederationInfo", r -> {
            OutboundFederationState state = federation.state();
            String issuerUrl = issuer.url(state.issuerId());
            return xml -> xml.element("IssuerIdentifier", issuerUrl).element("JwtVendingEnabled", state.enabled());
        });
    }
}
