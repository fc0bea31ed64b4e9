package dev.warden.server.xml;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small streaming writer for AWS Query XML responses, over the JDK's StAX writer (which escapes
 * {@code & < >}). On top of StAX it keeps a carriage return as {@code &#13;} (a parser would
 * otherwise turn it into a line feed) and replaces characters that XML 1.0 cannot carry at all
 * (most control characters, unpaired surrogates) with U+FFFD, so any stored string yields
 * well-formed XML.
 */
public final class XmlWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final char REPLACEMENT = '\uFFFD';

    private final XMLStreamWriter out;

    XmlWriter(OutputStream target) {
        try {
            this.out = FACTORY.createXMLStreamWriter(target, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot create XML writer", e);
        }
    }

    /** Writes one list item; used with {@link #list}. */
    @FunctionalInterface
    public interface ItemWriter<T> {
        void write(XmlWriter xml, T item);
    }

    void startDocument() {
        run(() -> out.writeStartDocument("UTF-8", "1.0"));
    }

    void startRoot(String name, String namespace) {
        run(() -> {
            out.writeStartElement(name);
            out.writeDefaultNamespace(namespace);
        });
    }

    void endDocument() {
        run(() -> {
            out.writeEndDocument();
            out.flush();
        });
    }

    public XmlWriter start(String name) {
        run(() -> out.writeStartElement(name));
        return this;
    }

    public XmlWriter end() {
        run(out::writeEndElement);
        return this;
    }

    /** {@code <name>text</name>}. */
    public XmlWriter element(String name, String text) {
        start(name);
        characters(text);
        return end();
    }

    /** Writes the element only when the value is present (AWS omits absent optional members). */
    public XmlWriter optionalElement(String name, Optional<String> text) {
        text.ifPresent(t -> element(name, t));
        return this;
    }

    public XmlWriter element(String name, long number) {
        return element(name, Long.toString(number));
    }

    public XmlWriter element(String name, boolean flag) {
        return element(name, Boolean.toString(flag));
    }

    /** ISO 8601 in UTC with milliseconds, e.g. {@code 2011-07-15T23:28:33.359Z}. */
    public XmlWriter element(String name, Instant instant) {
        return element(name, AwsTimestamp.format(instant));
    }

    /** {@code <name><member>…</member>…</name>}; an empty list still writes {@code <name/>}. */
    public <T> XmlWriter list(String name, Iterable<T> items, ItemWriter<? super T> itemWriter) {
        start(name);
        for (T item : items) {
            start("member");
            itemWriter.write(this, item);
            end();
        }
        return end();
    }

    /** A list of plain strings, each as {@code <member>text</member>}. */
    public XmlWriter stringList(String name, Iterable<String> items) {
        return list(name, items, (xml, item) -> xml.characters(item));
    }

    /** Text content of the current element. */
    public XmlWriter characters(String text) {
        run(() -> writeXmlSafe(text));
        return this;
    }

    private void writeXmlSafe(String text) throws XMLStreamException {
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean carriageReturn = cp == '\r';
            boolean representable = isXmlChar(cp) && !isLoneSurrogate(text, i, cp);
            if (carriageReturn || !representable) {
                out.writeCharacters(text.substring(runStart, i));
                if (carriageReturn) {
                    out.writeEntityRef("#13");
                } else {
                    out.writeCharacters(String.valueOf(REPLACEMENT));
                }
                runStart = i + width;
            }
            i += width;
        }
        out.writeCharacters(text.substring(runStart));
    }

    private static boolean isLoneSurrogate(String text, int index, int cp) {
        return Character.isSurrogate(text.charAt(index)) && cp <= 0xFFFF;
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    @FunctionalInterface
    private interface XmlAction {
        void run() throws XMLStreamException;
    }

    private static void run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            // Writing to memory only fails on misuse (e.g. unbalanced end()), which is a bug.
            throw new IllegalStateException("XML writer misuse", e);
        }
    }
}
