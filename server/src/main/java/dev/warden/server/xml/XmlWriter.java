package dev.warden.server.xml;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A small streaming writer for AWS Query XML responses. It writes exactly what the JDK's StAX writer
 * wrote for the same calls (XmlWriterTest compares the two on arbitrary text): {@code & < >} escaped
 * in text, an element without content as {@code <a></a>}. On top of that it keeps a carriage return as
 * {@code &#13;} (a parser would otherwise turn it into a line feed) and replaces characters that XML
 * 1.0 cannot carry at all (most control characters, unpaired surrogates) with U+FFFD, so any stored
 * string yields well-formed XML.
 *
 * <p>Why not StAX any more: creating a StAX writer per response and its byte-at-a-time UTF-8 output
 * were a visible share of every signed call's CPU (JFR); responses are small and built by one thread,
 * so the document is built as text and encoded once.
 */
public final class XmlWriter {

    private static final char REPLACEMENT = '\uFFFD';

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    /** The last start tag still lacks its closing {@code >} (StAX closes it lazily, as here). */
    private boolean startTagOpen;

    XmlWriter(int initialCapacity) {
        this.out = new StringBuilder(initialCapacity);
    }

    /** Writes one list item; used with {@link #list}. */
    @FunctionalInterface
    public interface ItemWriter<T> {
        void write(XmlWriter xml, T item);
    }

    void startDocument() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    void startRoot(String name, String namespace) {
        start(name);
        out.append(" xmlns=\"");
        appendEscaped(namespace, true);
        out.append('"');
    }

    void endDocument() {
        while (!open.isEmpty()) {
            end();
        }
    }

    /** The document so far, UTF-8 encoded. */
    byte[] toUtf8() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public XmlWriter start(String name) {
        closeStartTag();
        out.append('<').append(name);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    public XmlWriter end() {
        String name = open.pop();
        closeStartTag();
        out.append("</").append(name).append('>');
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

    /** {@code <name><member>…</member>…</name>}; an empty list still writes {@code <name></name>}. */
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
        closeStartTag();
        appendEscaped(text, false);
        return this;
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private void appendEscaped(String text, boolean attribute) {
        // Almost every value (ids, ARNs, session tokens of ~1 KB) needs no escaping: copy the plain
        // prefix in one step, and go code point by code point only from the first character that may.
        int plain = 0;
        while (plain < text.length() && isPlainChar(text.charAt(plain))) {
            plain++;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append(attribute ? "\r" : "&#13;");
                default -> {
                    if (isXmlChar(cp) && !isLoneSurrogate(text, i, cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(attribute ? (char) cp : REPLACEMENT);
                    }
                }
            }
            i += width;
        }
    }

    /** A character written as it is in text and attributes: no markup, no surrogate, a valid XML character. */
    private static boolean isPlainChar(char c) {
        return (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"')
                || c == '\t' || c == '\n'
                || (c >= 0xE000 && c <= 0xFFFD);
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
}
