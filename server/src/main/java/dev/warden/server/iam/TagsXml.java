package dev.warden.server.iam;

import dev.warden.core.model.Tag;
import dev.warden.server.xml.XmlWriter;
import java.util.List;

/** The {@code Tag} shape: {@code <member><Key/><Value/></member>}. */
final class TagsXml {

    private TagsXml() {}

    /** {@code <Tags>…</Tags>}, even when empty (ListXTags always has it). */
    static void write(XmlWriter xml, List<Tag> tags) {
        xml.list("Tags", tags, (x, tag) -> x.element("Key", tag.key()).element("Value", tag.value()));
    }

    /** Inside an entity, AWS leaves the member out when there are no tags. */
    static void writeIfAny(XmlWriter xml, List<Tag> tags) {
        if (!tags.isEmpty()) {
            write(xml, tags);
        }
    }
}
