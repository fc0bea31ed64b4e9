package dev.warden.server.saml;

import dev.warden.core.model.SamlProvider;
import dev.warden.core.model.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Verifies the base64 SAML response of an AssumeRoleWithSAML call against the IAM SAML provider it
 * names (IAM User Guide, "Configure SAML assertions for the authentication response"):
 *
 * <ul>
 *   <li>a {@code samlp:Response} with status Success and exactly one {@code Assertion} in the whole
 *       document, a direct child of the Response (a second, moved or nested assertion is refused, so
 *       no signature-wrapping layout can make Warden read an unsigned one); encrypted assertions are
 *       not accepted;
 *   <li>a valid signature on the Response or on that Assertion ({@link SamlSignatureCheck}); a
 *       signature that is present on either must verify;
 *   <li>the Issuer is the metadata's entityID; the metadata's validUntil has not passed;
 *   <li>exactly one bearer SubjectConfirmation whose SubjectConfirmationData has a NotOnOrAfter in
 *       the future and a Recipient that is an AWS sign-in SAML endpoint;
 *   <li>Conditions NotBefore/NotOnOrAfter hold and every AudienceRestriction names an AWS audience;
 *   <li>the RoleSessionName attribute is present once and matches {@code [\w+=,.@-]{2,64}}.
 * </ul>
 *
 * Times are compared with the instant the request arrived, allowing {@link #CLOCK_SKEW} either way.
 * Every refusal is {@code InvalidIdentityToken}, except a response past its validity window
 * ({@code ExpiredTokenException}).
 */
public final class SamlResponseVerifier {

    /** The model's limit on SAMLAssertion is 100,000 characters of base64, at most 75,000 bytes of XML. */
    static final int MAX_RESPONSE_BYTES = 75_000;
    /** Allowed disagreement between the IdP's clock and Warden's; AWS does not document its own. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public static final String ATTRIBUTE_PREFIX = "https://aws.amazon.com/SAML/Attributes/";
    static final String ROLE = ATTRIBUTE_PREFIX + "Role";
    static final String ROLE_SESSION_NAME = ATTRIBUTE_PREFIX + "RoleSessionName";
    static final String SESSION_DURATION = ATTRIBUTE_PREFIX + "SessionDuration";
    static final String PRINCIPAL_TAG = ATTRIBUTE_PREFIX + "PrincipalTag:";
    static final String TRANSITIVE_TAG_KEYS = ATTRIBUTE_PREFIX + "TransitiveTagKeys";
    static final String SOURCE_IDENTITY = ATTRIBUTE_PREFIX + "SourceIdentity";

    static final String SESSION_NAME_RULE = "RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}";
    static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    /** AWS sign-in SAML endpoints: global or regional, /saml, /static/saml or /saml/acs/IDP-ID. */
    static final Pattern RECIPIENT = Pattern.compile(
            "https://([a-z0-9-]+\\.)?signin\\.aws\\.amazon\\.com/(saml|static/saml|saml/acs/[A-Za-z0-9-]+)");
    /** The audiences AWS documents: the sign-in SAML URL (global or regional) and urn:amazon:webservices. */
    static final Pattern AUDIENCE = Pattern.compile(
            "https://([a-z0-9-]+\\.)?signin\\.aws\\.amazon\\.com/saml|urn:amazon:webservices(:[a-z0-9-]+)?");

    private final Function<String, Optional<SamlProvider>> providers;

    /** @param providers the account's SAML provider by ARN, empty when there is none */
    public SamlResponseVerifier(Function<String, Optional<SamlProvider>> providers) {
        this.providers = providers;
    }

    /**
     * @param samlAssertion the call's SAMLAssertion parameter (base64)
     * @param principalArn the call's PrincipalArn: the provider whose metadata must vouch for it
     * @param now when the request arrived
     */
    public VerifiedSamlAssertion verify(String samlAssertion, String principalArn, Instant now) {
        SamlProvider provider = providers.apply(principalArn).orElseThrow(() ->
                SamlRejection.invalid("Specified provider doesn't exist"));
        if (provider.validUntil() != null && !now.isBefore(provider.validUntil())) {
            throw SamlRejection.invalid("The SAML provider's metadata is past its validUntil");
        }
        SamlProviderMetadata metadata = SamlProviderMetadata.parse(provider.metadataDocument());
        byte[] xml;
        try {
            xml = Base64.getMimeDecoder().decode(samlAssertion);
        } catch (IllegalArgumentException e) {
            throw SamlRejection.invalid("The SAML response is not valid base64.");
        }
        Document document = SamlXml.parse(xml, MAX_RESPONSE_BYTES);
        Element response = document.getDocumentElement();
        if (!is(response, SamlNames.PROTOCOL, "Response")) {
            throw SamlRejection.invalid("The SAML document is not a SAML 2.0 Response.");
        }
        requireSuccess(response);
        Element assertion = theAssertion(document, response);
        verifySignatures(response, assertion, metadata);

        String issuer = issuer(assertion, response, metadata);
        Element subject = one(assertion, SamlNames.ASSERTION, "Subject", "Subject");
        Element nameId = one(subject, SamlNames.ASSERTION, "NameID", "Subject NameID");
        String subjectValue = nameId.getTextContent().strip();
        String recipient = confirmation(subject, now);
        checkConditions(assertion, now);
        Optional<Instant> sessionNotOnOrAfter = sessionNotOnOrAfter(assertion, now);
        Map<String, List<String>> attributes = attributes(assertion);

        String sessionName = single(attributes, ROLE_SESSION_NAME).orElseThrow(() ->
                SamlRejection.invalid(SESSION_NAME_RULE));
        if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw SamlRejection.invalid(SESSION_NAME_RULE);
        }
        single(attributes, SESSION_DURATION).ifPresent(SamlResponseVerifier::checkSessionDuration);
        List<List<String>> rolePairs = attributes.getOrDefault(ROLE, List.of()).stream()
                .map(value -> Arrays.stream(value.split(",", -1)).map(String::strip).toList()).toList();
        List<Tag> tags = new ArrayList<>();
        attributes.forEach((name, values) -> {
            if (name.startsWith(PRINCIPAL_TAG)) {
                if (values.size() != 1) {
                    throw SamlRejection.invalid("A PrincipalTag attribute must have exactly one value.");
                }
                tags.add(new Tag(name.substring(PRINCIPAL_TAG.length()), values.get(0)));
            }
        });
        String subjectType = SamlConditionKeys.subjectType(nameId.getAttribute("Format"));
        String nameQualifier = SamlConditionKeys.nameQualifier(issuer, provider.accountId(), provider.name());
        return new VerifiedSamlAssertion(provider.arn(), issuer, subjectValue, subjectType, recipient, nameQualifier,
                sessionName, rolePairs, sessionNotOnOrAfter, tags,
                attributes.getOrDefault(TRANSITIVE_TAG_KEYS, List.of()), single(attributes, SOURCE_IDENTITY),
                SamlConditionKeys.of(recipient, issuer, subjectValue, subjectType, nameQualifier, provider.accountId(),
                        provider.name(), attributes));
    }

    private static void requireSuccess(Element response) {
        Element status = one(response, SamlNames.PROTOCOL, "Status", "Status");
        Element code = one(status, SamlNames.PROTOCOL, "StatusCode", "StatusCode");
        if (!SamlNames.STATUS_SUCCESS.equals(code.getAttribute("Value"))) {
            throw SamlRejection.invalid("The SAML response's status is not Success.");
        }
    }

    /** The only Assertion in the document, which must be a direct child of the Response. */
    private static Element theAssertion(Document document, Element response) {
        if (document.getElementsByTagNameNS(SamlNames.ASSERTION, "EncryptedAssertion").getLength() > 0) {
            throw SamlRejection.invalid("Encrypted SAML assertions are not supported.");
        }
        NodeList all = document.getElementsByTagNameNS(SamlNames.ASSERTION, "Assertion");
        if (all.getLength() != 1 || all.item(0).getParentNode() != response) {
            throw SamlRejection.invalid("The SAML response must contain exactly one Assertion.");
        }
        return (Element) all.item(0);
    }

    private static void verifySignatures(Element response, Element assertion, SamlProviderMetadata metadata) {
        String responseId = response.getAttribute("ID");
        if (!responseId.isEmpty() && responseId.equals(assertion.getAttribute("ID"))) {
            throw SamlRejection.invalid(SamlSignatureCheck.INVALID);
        }
        List<Element> idElements = List.of(response, assertion);
        boolean responseSigned = !SamlProviderMetadata.children(response, SamlNames.DSIG, "Signature").isEmpty();
        boolean assertionSigned = !SamlProviderMetadata.children(assertion, SamlNames.DSIG, "Signature").isEmpty();
        if (!responseSigned && !assertionSigned) {
            throw SamlRejection.invalid(SamlSignatureCheck.INVALID);
        }
        if (responseSigned) {
            SamlSignatureCheck.verify(response, idElements, metadata.signingCertificates());
        }
        if (assertionSigned) {
            SamlSignatureCheck.verify(assertion, idElements, metadata.signingCertificates());
        }
    }

    private static String issuer(Element assertion, Element response, SamlProviderMetadata metadata) {
        String issuer = one(assertion, SamlNames.ASSERTION, "Issuer", "Issuer").getTextContent().strip();
        List<Element> responseIssuers = SamlProviderMetadata.children(response, SamlNames.ASSERTION, "Issuer");
        boolean responseAgrees = responseIssuers.stream().allMatch(e -> e.getTextContent().strip().equals(issuer));
        if (!issuer.equals(metadata.entityId()) || !responseAgrees || responseIssuers.size() > 1) {
            throw SamlRejection.invalid("Issuer in the SAML response does not match the provider's metadata.");
        }
        return issuer;
    }

    /** The Recipient of the one bearer confirmation, after its NotBefore / NotOnOrAfter checks. */
    private static String confirmation(Element subject, Instant now) {
        Element confirmation = one(subject, SamlNames.ASSERTION, "SubjectConfirmation", "SubjectConfirmation");
        if (!SamlNames.BEARER.equals(confirmation.getAttribute("Method"))) {
            throw SamlRejection.invalid("The SubjectConfirmation method must be bearer.");
        }
        Element data = one(confirmation, SamlNames.ASSERTION, "SubjectConfirmationData", "SubjectConfirmationData");
        String recipient = data.getAttribute("Recipient");
        if (!RECIPIENT.matcher(recipient).matches()) {
            throw SamlRejection.invalid("The SubjectConfirmationData Recipient is not an AWS sign-in SAML endpoint.");
        }
        if (data.getAttribute("NotOnOrAfter").isEmpty()) {
            throw SamlRejection.invalid("SubjectConfirmationData must have a NotOnOrAfter.");
        }
        checkWindow(data, now);
        return recipient;
    }

    private static void checkConditions(Element assertion, Instant now) {
        Element conditions = one(assertion, SamlNames.ASSERTION, "Conditions", "Conditions");
        checkWindow(conditions, now);
        List<Element> restrictions = SamlProviderMetadata.children(conditions, SamlNames.ASSERTION,
                "AudienceRestriction");
        if (restrictions.isEmpty()) {
            throw SamlRejection.invalid("The assertion has no AudienceRestriction for AWS.");
        }
        for (Element restriction : restrictions) {
            boolean forAws = SamlProviderMetadata.children(restriction, SamlNames.ASSERTION, "Audience").stream()
                    .anyMatch(audience -> AUDIENCE.matcher(audience.getTextContent().strip()).matches());
            if (!forAws) {
                throw SamlRejection.invalid("The assertion's audience is not AWS (https://signin.aws.amazon.com/saml).");
            }
        }
    }

    /** NotBefore / NotOnOrAfter of an element, when it has them, with the allowed skew. */
    private static void checkWindow(Element element, Instant now) {
        Optional<Instant> notBefore = instant(element, "NotBefore");
        if (notBefore.isPresent() && now.plus(CLOCK_SKEW).isBefore(notBefore.get())) {
            throw SamlRejection.invalid("The SAML assertion is not valid yet.");
        }
        Optional<Instant> notOnOrAfter = instant(element, "NotOnOrAfter");
        if (notOnOrAfter.isPresent() && !now.minus(CLOCK_SKEW).isBefore(notOnOrAfter.get())) {
            throw SamlRejection.expired("The SAML assertion has expired.");
        }
    }

    private static Optional<Instant> sessionNotOnOrAfter(Element assertion, Instant now) {
        Optional<Instant> earliest = Optional.empty();
        for (Element statement : SamlProviderMetadata.children(assertion, SamlNames.ASSERTION, "AuthnStatement")) {
            Optional<Instant> end = instant(statement, "SessionNotOnOrAfter");
            if (end.isPresent() && (earliest.isEmpty() || end.get().isBefore(earliest.get()))) {
                earliest = end;
            }
        }
        if (earliest.isPresent() && !now.isBefore(earliest.get())) {
            throw SamlRejection.expired("The SAML assertion's SessionNotOnOrAfter has passed.");
        }
        return earliest;
    }

    /** Every Attribute of every AttributeStatement, by Name, values in document order. */
    private static Map<String, List<String>> attributes(Element assertion) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (Element statement : SamlProviderMetadata.children(assertion, SamlNames.ASSERTION, "AttributeStatement")) {
            for (Element attribute : SamlProviderMetadata.children(statement, SamlNames.ASSERTION, "Attribute")) {
                List<String> values = attributes.computeIfAbsent(attribute.getAttribute("Name"), n -> new ArrayList<>());
                for (Element value : SamlProviderMetadata.children(attribute, SamlNames.ASSERTION, "AttributeValue")) {
                    values.add(value.getTextContent().strip());
                }
            }
        }
        return attributes;
    }

    private static Optional<String> single(Map<String, List<String>> attributes, String name) {
        List<String> values = attributes.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() != 1) {
            throw SamlRejection.invalid("The attribute " + name + " must have exactly one value.");
        }
        return Optional.of(values.get(0));
    }

    /**
     * SessionDuration is the console session's length (900–43,200 seconds). It does not change an
     * API session, which lasts DurationSeconds or until SessionNotOnOrAfter; a malformed one still
     * makes the response invalid.
     */
    private static void checkSessionDuration(String value) {
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 900 && seconds <= 43_200) {
                return;
            }
        } catch (NumberFormatException e) {
            // falls through to the rejection
        }
        throw SamlRejection.invalid("SessionDuration must be an integer from 900 to 43200.");
    }

    private static Optional<Instant> instant(Element element, String attribute) {
        String text = element.getAttribute(attribute);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw SamlRejection.invalid("The SAML response has an invalid " + attribute + " time.");
        }
    }

    private static Element one(Element parent, String namespace, String localName, String what) {
        List<Element> found = SamlProviderMetadata.children(parent, namespace, localName);
        if (found.size() != 1) {
            throw SamlRejection.invalid("The SAML response must have exactly one " + what + ".");
        }
        return found.get(0);
    }

    private static boolean is(Element element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }
}
