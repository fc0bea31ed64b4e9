package dev.warden.server.iam;

import dev.warden.core.iam.ListOptions;
import dev.warden.core.model.Page;
import dev.warden.core.model.Tag;
import dev.warden.server.xml.XmlResult;
import java.util.List;

/**
 * The three tag calls every taggable IAM resource has, {@code Tag<Kind>}, {@code Untag<Kind>} and
 * {@code List<Kind>Tags}: the same parameters (the resource's name or ARN, {@code Tags.member.N},
 * {@code TagKeys.member.N}, {@code Marker}/{@code MaxItems}) and the same answers for each kind.
 */
final class TagActions {

    @FunctionalInterface
    interface Tagger {
        void tag(String resource, List<Tag> tags);
    }

    @FunctionalInterface
    interface Untagger {
        void untag(String resource, List<String> tagKeys);
    }

    @FunctionalInterface
    interface TagLister {
        Page<Tag> list(String resource, ListOptions options);
    }

    private TagActions() {}

    /**
     * @param kind as in the action names, e.g. {@code Role}, {@code MFADevice}
     * @param resourceParameter the parameter naming the resource, e.g. {@code RoleName}, {@code PolicyArn}
     */
    static void register(ActionTable table, String kind, String resourceParameter, Tagger tagger, Untagger untagger,
            TagLister lister) {
        table.add("Tag" + kind, r -> {
            tagger.tag(r.required(resourceParameter), r.requiredTags());
            return XmlResult.NONE;
        });
        table.add("Untag" + kind, r -> {
            untagger.untag(r.required(resourceParameter), r.requiredStrings("TagKeys"));
            return XmlResult.NONE;
        });
        table.add("List" + kind + "Tags", r -> {
            Page<Tag> page = lister.list(r.required(resourceParameter), r.pageOptions());
            return xml -> {
                TagsXml.write(xml, page.items());
                PageXml.write(xml, page);
            };
        });
    }
}
