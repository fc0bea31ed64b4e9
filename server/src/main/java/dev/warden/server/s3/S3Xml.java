package dev.warden.server.s3;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes S3's XML documents (namespace {@code http://s3.amazonaws.com/doc/2006-03-01/}). */
final class S3Xml {

    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
    static final String CONTENT_TYPE = "application/xml";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter out;

    private S3Xml(String root, boolean namespaced) {
        try {
            out = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement(root);
            if (namespaced) {
                out.writeDefaultNamespace(NAMESPACE);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static S3Xml document(String root) {
        return new S3Xml(root, true);
    }

    /** S3's error document has no namespace. */
    static byte[] error(String code, String message, Map<String, String> details, String requestId) {
        S3Xml xml = new S3Xml("Error", false).element("Code", code).element("Message", message);
        details.forEach(xml::element);
        return xml.element("RequestId", requestId).element("HostId", requestId).finish();
    }

    S3Xml start(String name) {
        try {
            out.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    S3Xml end() {
        try {
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    S3Xml element(String name, String text) {
        try {
            out.writeStartElement(name);
            out.writeCharacters(xmlSafe(text));
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    S3Xml element(String name, long number) {
        return element(name, Long.toString(number));
    }

    S3Xml element(String name, Instant instant) {
        return element(name, TIMESTAMP.format(instant));
    }

    byte[] finish() {
        try {
            out.writeEndDocument();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** Characters XML 1.0 cannot carry become U+FFFD (clients asking for encoding-type=url get them exactly). */
    private static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.substring(0, i));
            }
            if (safe != null) {
                safe.append(allowed ? c : '\uFFFD');
            }
        }
        return safe == null ? text : safe.toString();
    }
}
