package dev.warden.server.iam;

import dev.warden.core.iam.OidcProviderRequests;
import dev.warden.core.iam.OidcProviderService;
import dev.warden.core.model.OpenIdConnectProvider;
import dev.warden.server.xml.XmlResult;
import java.util.List;

/**
 * The OpenID Connect provider actions. The issuer's signing keys are Warden-specific and set outside
 * the IAM API ({@code warden oidc set-keys}); no action returns them.
 */
final class OidcProviderActions {

    private static final String ARN = "OpenIDConnectProviderArn";

    private OidcProviderActions() {}

    static void register(ActionTable table, IamApiContext context) {
        OidcProviderService providers = context.iam().openIdConnectProviders();
        table.add("CreateOpenIDConnectProvider", r -> {
            OpenIdConnectProvider created = providers.createOpenIdConnectProvider(new OidcProviderRequests.CreateProvider(
                    r.required("Url"), r.strings("ClientIDList"), r.strings("ThumbprintList"), r.tags()));
            return xml -> {
                xml.element("OpenIDConnectProviderArn", created.arn());
                TagsXml.writeIfAny(xml, created.tags());
            };
        });
        table.add("GetOpenIDConnectProvider", r -> {
            OpenIdConnectProvider p = providers.getOpenIdConnectProvider(r.required(ARN));
            return xml -> {
                xml.element("Url", p.url())
                        .stringList("ClientIDList", p.clientIds())
                        .stringList("ThumbprintList", p.thumbprints())
                        .element("CreateDate", p.createDate());
                TagsXml.writeIfAny(xml, p.tags());
            };
        });
        table.add("ListOpenIDConnectProviders", r -> {
            List<OpenIdConnectProvider> all = providers.listOpenIdConnectProviders();
            return xml -> xml.list("OpenIDConnectProviderList", all, (x, p) -> x.element("Arn", p.arn()));
        });
        table.add("DeleteOpenIDConnectProvider", r -> {
            providers.deleteOpenIdConnectProvider(r.required(ARN));
            return XmlResult.NONE;
        });
        table.add("AddClientIDToOpenIDConnectProvider", r -> {
            providers.addClientIdToOpenIdConnectProvider(clientIdChange(r));
            return XmlResult.NONE;
        });
        table.add("RemoveClientIDFromOpenIDConnectProvider", r -> {
            providers.removeClientIdFromOpenIdConnectProvider(clientIdChange(r));
            return XmlResult.NONE;
        });
        table.add("UpdateOpenIDConnectProviderThumbprint", r -> {
            providers.updateOpenIdConnectProviderThumbprint(new OidcProviderRequests.UpdateThumbprints(r.required(ARN),
                    r.requiredStrings("ThumbprintList")));
            return XmlResult.NONE;
        });
        TagActions.register(table, "OpenIDConnectProvider", ARN,
                (arn, tags) -> providers.tagOpenIdConnectProvider(new OidcProviderRequests.TagProvider(arn, tags)),
                (arn, keys) -> providers.untagOpenIdConnectProvider(new OidcProviderRequests.UntagProvider(arn, keys)),
                providers::listOpenIdConnectProviderTags);
    }

    private static OidcProviderRequests.ClientIdChange clientIdChange(IamRequest r) {
        return new OidcProviderRequests.ClientIdChange(r.required(ARN), r.required("ClientID"));
    }
}
