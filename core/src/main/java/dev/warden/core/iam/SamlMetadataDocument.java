package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a SAML metadata document the way CreateSAMLProvider and UpdateSAMLProvider need: 1,000 to
 * 10,000,000 characters (AWS's limits), well-formed XML whose root is a SAML 2.0 metadata
 * {@code EntityDescriptor}, and reads its {@code validUntil}. The parser refuses any DOCTYPE, so no
 * external entity, external DTD or entity expansion can be used against the server.
 */
final class SamlMetadataDocument {
    static final int MIN_CHARS = 1_000;
    static final int MAX_CHARS = 10_000_000;
    static final String METADATA_NAMESPACE = "urn:oasis:names:tc:SAML:2.0:metadata";

    private static final String INVALID = "Could not parse metadata";

    /** The checked document's expiry: its {@code validUntil} attribute, or null when it has none. */
    record Checked(String document, Instant validUntil) {}

    private SamlMetadataDocument() {}

    static Checked check(String document) {
        IamInputRules.required("sAMLMetadataDocument", document);
        IamInputRules.length("sAMLMetadataDocument", document, MIN_CHARS, MAX_CHARS);
        Element root = parse(document).getDocumentElement();
        if (!"EntityDescriptor".equals(root.getLocalName()) || !METADATA_NAMESPACE.equals(root.getNamespaceURI())) {
            throw IamException.invalidInput(INVALID + ": the root element must be an md:EntityDescriptor of "
                    + METADATA_NAMESPACE + ".");
        }
        String validUntil = root.getAttribute("validUntil");
        return new Checked(document, validUntil.isEmpty() ? null : instant(validUntil));
    }

    private static org.w3c.dom.Document parse(String document) {
        try {
            return builder().parse(new InputSource(new StringReader(document)));
        } catch (SAXException e) {
            throw IamException.invalidInput(INVALID + ": " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw IamException.invalidInput(INVALID + ".");
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a document unusable
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    /** xs:dateTime; a time without an offset is taken as UTC. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw IamException.invalidInput(INVALID + ": validUntil " + text + " is not a date and time.");
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not well-formed XML.";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
