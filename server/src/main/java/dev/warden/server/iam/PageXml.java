package dev.warden.server.iam;

import dev.warden.core.model.Page;
import dev.warden.server.xml.XmlWriter;

/** The paging members that end every IAM list result: {@code IsTruncated} and, when true, {@code Marker}. */
final class PageXml {

    private PageXml() {}

    static void write(XmlWriter xml, Page<?> page) {
        write(xml, page.truncated(), page.marker());
    }

    static void write(XmlWriter xml, boolean truncated, String marker) {
        xml.element("IsTruncated", truncated);
        if (truncated) {
            xml.element("Marker", marker);
        }
    }
}
