package dev.warden.server.iam;

import dev.warden.core.iam.SamlProviderService;
import dev.warden.core.model.SamlProvider;
import dev.warden.server.xml.XmlResult;
import java.util.List;

/** The SAML provider actions; members in the order of the IAM model's shapes. */
final class SamlProviderActions {

    private static final String ARN = "SAMLProviderArn";

    private SamlProviderActions() {}

    static void register(ActionTable table, IamApiContext context) {
        SamlProviderService saml = context.iam().samlProviders();
        table.add("CreateSAMLProvider", r -> {
            SamlProvider created = saml.createSamlProvider(r.required("Name"), r.required("SAMLMetadataDocument"),
                    r.tags());
            return xml -> {
                xml.element(ARN, created.arn());
                TagsXml.writeIfAny(xml, created.tags());
            };
        });
        table.add("GetSAMLProvider", r -> {
            SamlProvider provider = saml.getSamlProvider(r.required(ARN));
            return xml -> {
                xml.element("SAMLMetadataDocument", provider.metadataDocument())
                        .element("CreateDate", provider.createDate());
                if (provider.validUntil() != null) {
                    xml.element("ValidUntil", provider.validUntil());
                }
                TagsXml.writeIfAny(xml, provider.tags());
            };
        });
        table.add("ListSAMLProviders", r -> {
            List<SamlProvider> providers = saml.listSamlProviders();
            return xml -> xml.list("SAMLProviderList", providers, (x, p) -> {
                x.element("Arn", p.arn());
                if (p.validUntil() != null) {
                    x.element("ValidUntil", p.validUntil());
                }
                x.element("CreateDate", p.createDate());
            });
        });
        table.add("UpdateSAMLProvider", r -> {
            String arn = saml.updateSamlProvider(r.required(ARN), r.required("SAMLMetadataDocument"));
            return xml -> xml.element(ARN, arn);
        });
        table.add("DeleteSAMLProvider", r -> {
            saml.deleteSamlProvider(r.required(ARN));
            return XmlResult.NONE;
        });
        TagActions.register(table, "SAMLProvider", ARN,
                saml::tagSamlProvider,
                saml::untagSamlProvider,
                saml::listSamlProviderTags);
    }
}
