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
 * The body of DeleteObjects: {@code <Delete><Quiet>true</Quiet><Object><Key>…</Key></Object>…}, at
 * most 1,000 keys. Parsed with DTDs and external entities off.
 *
 * @param quiet whether only failures are reported
 */
record ObjectsToDelete(List<String> keys, boolean quiet) {

    static final int MAX_KEYS = 1000;

    static ObjectsToDelete parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!root.getTagName().equals("Delete")) {
                throw S3Error.malformedXml();
            }
            NodeList objects = root.getElementsByTagName("Object");
            if (objects.getLength() == 0 || objects.getLength() > MAX_KEYS) {
                throw S3Error.malformedXml();
            }
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < objects.getLength(); i++) {
                NodeList key = ((Element) objects.item(i)).getElementsByTagName("Key");
                if (key.getLength() != 1) {
                    throw S3Error.malformedXml();
                }
                keys.add(key.item(0).getTextContent());
            }
            NodeList quiet = root.getElementsByTagName("Quiet");
            return new ObjectsToDelete(keys, quiet.getLength() == 1
                    && quiet.item(0).getTextContent().strip().equalsIgnoreCase("true"));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw S3Error.malformedXml();
        }
    }
}
