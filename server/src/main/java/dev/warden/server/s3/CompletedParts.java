package dev.warden.server.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The body of CompleteMultipartUpload:
 * {@code <CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"…"</ETag></Part>…}.
 * Parsed with DTDs and external entities off: the body comes from the client.
 */
final class CompletedParts {

    private CompletedParts() {}

    static List<UploadedPart> parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!root.getTagName().equals("CompleteMultipartUpload")) {
                throw S3Error.malformedXml();
            }
            NodeList parts = root.getElementsByTagName("Part");
            List<UploadedPart> found = new ArrayList<>();
            for (int i = 0; i < parts.getLength(); i++) {
                Element part = (Element) parts.item(i);
                found.add(new UploadedPart(Integer.parseInt(text(part, "PartNumber")), text(part, "ETag")));
            }
            if (found.isEmpty()) {
                throw S3Error.malformedXml();
            }
            return found;
        } catch (ParserConfigurationException | SAXException | IOException | NumberFormatException e) {
            throw S3Error.malformedXml();
        }
    }

    private static String text(Element part, String name) {
        NodeList nodes = part.getElementsByTagName(name);
        if (nodes.getLength() != 1) {
            throw S3Error.malformedXml();
        }
        return nodes.item(0).getTextContent().strip();
    }
}
