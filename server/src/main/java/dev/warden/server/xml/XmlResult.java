package dev.warden.server.xml;

/**
 * Writes the children of an operation's {@code <ActionResult>} element. {@link #NONE} stands for
 * operations without output (DeleteRole, …), whose response has no result element at all;
 * {@link #EMPTY} for an output without members (UpdateRole), whose response has an empty result
 * element, which botocore requires (without it the AWS CLI fails with {@code KeyError: 'UpdateRoleResult'}).
 */
@FunctionalInterface
public interface XmlResult {

    void writeTo(XmlWriter xml);

    XmlResult NONE = xml -> { };

    XmlResult EMPTY = xml -> { };
}
