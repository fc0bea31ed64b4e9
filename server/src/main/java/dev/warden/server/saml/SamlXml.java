package dev.warden.server.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one way Warden reads SAML XML (responses and provider metadata): namespace aware, no DTD at all
 * (so no entity, internal or external, can be declared or expanded), no external schema or DTD
 * access, no XInclude, secure processing on, at most {@value #MAX_DEPTH} levels of elements, comments dropped (exclusive c14n without comments signs
 * none, so a comment inside a NameID cannot change what is read from signed text), and a size limit
 * checked before parsing.
 */
public final class SamlXml {

    static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    static final String MAX_DEPTH = "64";

    private SamlXml() {}

    /** @throws SamlRejection when the bytes are over the limit or not well-formed, DTD-free XML */
    public static Document parse(byte[] xml, int maxBytes) {
        if (xml.length > maxBytes) {
            throw SamlRejection.invalid("The SAML document is larger than " + maxBytes + " bytes.");
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            // Parse errors must not reach stderr; they become the rejection below.
            builder.setErrorHandler(new DefaultHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw SamlRejection.invalid("The SAML document is not well-formed XML without a DTD.");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setIgnoringComments(true);
            factory.setValidating(false);
            // A SAML response nests about ten levels; a deep one would only exhaust the stack later.
            factory.setAttribute(MAX_ELEMENT_DEPTH, MAX_DEPTH);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
        return factory;
    }
}
