package dev.warden.server.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * XmlWriter replaced the JDK's StAX writer on the hot path; its output must stay byte for byte what
 * StAX wrote (plus the carriage-return and replacement rules both apply). The oracle below is the
 * former StAX-based implementation of the same calls.
 */
class XmlWriterTest {

    private static final String NS = "https://sts.amazonaws.com/doc/2011-06-15/";

    @Property(tries = 2000)
    void textIsWrittenExactlyAsStaxWroteIt(@ForAll("texts") String first, @ForAll("texts") String second)
            throws XMLStreamException {
        assertThat(written(List.of(first, second))).isEqualTo(stax(List.of(first, second)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a & b < c > d", "\"quoted\" 'single'", "line\r\nbreak\ttab",
        "\u0000\u0001\u001f\u007f", "\uD83D\uDE00 pair", "lone \uD83D high", "lone \uDE00 low", "\uFFFE\uFFFF",
        "]]>", "&amp; already", "ünïcödé €"})
    void edgeCasesMatchStax(String text) throws XMLStreamException {
        assertThat(written(List.of(text))).isEqualTo(stax(List.of(text)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("&<>\"'\r\n\t\u0000\u0008\uD800\uDC00\uFFFEa").ofMaxLength(20));
    }

    /** Root, a nested element per text, an empty element and a list, as responses use them. */
    private static String written(List<String> texts) {
        XmlWriter xml = new XmlWriter(16);
        xml.startDocument();
        xml.startRoot("TestResponse", NS);
        xml.start("TestResult");
        for (String text : texts) {
            xml.element("Value", text);
        }
        xml.start("Empty").end();
        xml.stringList("Items", texts);
        xml.endDocument();
        return new String(xml.toUtf8(), StandardCharsets.UTF_8);
    }

    private static String stax(List<String> texts) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        out.writeStartDocument("UTF-8", "1.0");
        out.writeStartElement("TestResponse");
        out.writeDefaultNamespace(NS);
        out.writeStartElement("TestResult");
        for (String text : texts) {
            out.writeStartElement("Value");
            staxSafeText(out, text);
            out.writeEndElement();
        }
        out.writeStartElement("Empty");
        out.writeEndElement();
        out.writeStartElement("Items");
        for (String text : texts) {
            out.writeStartElement("member");
            staxSafeText(out, text);
            out.writeEndElement();
        }
        out.writeEndElement();
        out.writeEndDocument();
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void staxSafeText(XMLStreamWriter out, String text) throws XMLStreamException {
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean lone = Character.isSurrogate(text.charAt(i)) && cp <= 0xFFFF;
            boolean representable = (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF)) && !lone;
            if (cp == '\r' || !representable) {
                out.writeCharacters(text.substring(runStart, i));
                if (cp == '\r') {
                    out.writeEntityRef("#13");
                } else {
                    out.writeCharacters("\uFFFD");
                }
                runStart = i + width;
            }
            i += width;
        }
        out.writeCharacters(text.substring(runStart));
    }
}
