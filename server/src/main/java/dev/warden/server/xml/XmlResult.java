package dev.warden.server.xml;

/**
 * Writes the children of an operation's {@code <ActionResult>} element. {@link #NONE} stands for
 * operations without output (DeleteRole, …), whose response has no result element at all.
 */
@FunctionalInterface
public interface XmlResult {

    void writeTo(XmlWriter xml);

    XmlResult NONE = xml -> { };
}
