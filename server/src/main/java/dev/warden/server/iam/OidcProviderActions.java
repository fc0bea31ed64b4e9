package dev.warden.server.iam;

import dev.warden.core.iam.OidcProviderRequests;
import dev.warden.core.iam.OidcProviderService;
import dev.warden.core.model.OpenIdConnectProvider;
import dev.warden.core.model.Page;
import dev.warden.core.model.Tag;
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
        table.add("TagOpenIDConnectProvider", r -> {
            providers.tagOpenIdConnectProvider(new OidcProviderRequests.TagProvider(r.required(ARN), r.requiredTags()));
            return XmlResult.NONE;
        });
        table.add("UntagOpenIDConnectProvider", r -> {
            providers.untagOpenIdConnectProvider(new OidcProviderRequests.UntagProvider(r.required(ARN),
                    r.requiredStrings("TagKeys")));
            return XmlResult.NONE;
        });
        table.add("ListOpenIDConnectProviderTags", r -> {
            Page<Tag> page = providers.listOpenIdConnectProviderTags(r.required(ARN), r.pageOptions());
            return xml -> {
                TagsXml.write(xml, page.items());
                PageXml.write(xml, page);
            };
        });
    }

    private static OidcProviderRequests.ClientIdChange clientIdChange(IamRequest r) {
        return new OidcProviderRequests.ClientIdChange(r.required(ARN), r.required("ClientID"));
    }
}
