package dev.warden.server.xml;

/**
 * Complete AWS Query response documents:
 * {@code <XResponse xmlns=…><XResult>…</XResult><ResponseMetadata><RequestId>…</RequestId>
 * </ResponseMetadata></XResponse>} and
 * {@code <ErrorResponse xmlns=…><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>}.
 */
public final class QueryXmlDocuments {

    /** Served with every Query response, success or error. */
    public static final String CONTENT_TYPE = "text/xml";

    private QueryXmlDocuments() {}

    public static byte[] success(String namespace, String action, String requestId, XmlResult result) {
        XmlWriter xml = new XmlWriter(512);
        xml.startDocument();
        xml.startRoot(action + "Response", namespace);
        if (result != XmlResult.NONE) {
            xml.start(action + "Result");
            result.writeTo(xml);
            xml.end();
        }
        xml.start("ResponseMetadata").element("RequestId", requestId).end();
        xml.endDocument();
        return xml.toUtf8();
    }

    /**
     * @param type {@code Sender} or {@code Receiver}
     */
    public static byte[] error(String namespace, String type, String code, String message, String requestId) {
        XmlWriter xml = new XmlWriter(256);
        xml.startDocument();
        xml.startRoot("ErrorResponse", namespace);
        xml.start("Error")
                .element("Type", type)
                .element("Code", code)
                .element("Message", message)
                .end();
        xml.element("RequestId", requestId);
        xml.endDocument();
        return xml.toUtf8();
    }
}
