package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Page;
import dev.warden.core.model.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Applies TagX/UntagX to a stored tag list, telling keys apart by case as the resource kind does
 * ({@link TagKeyCase}), and pages ListXTags answers.
 */
final class TagSet {
    private TagSet() {
    }

    static List<Tag> merge(List<Tag> existing, List<Tag> added, int maxTags, TagKeyCase keyCase) {
        List<Tag> result = new ArrayList<>(existing);
        for (Tag tag : IamInputRules.tags(added)) {
            result.removeIf(t -> keyCase.sameKey(t.key(), tag.key()));
            result.add(tag);
        }
        if (result.size() > maxTags) {
            throw IamException.limitExceeded("The number of tags has reached the maximum limit.");
        }
        return result;
    }

    static List<Tag> remove(List<Tag> existing, Collection<String> keys, TagKeyCase keyCase) {
        List<Tag> result = new ArrayList<>(existing);
        int position = 0;
        for (String key : keys) {
            IamInputRules.untagKey(++position, key);
            result.removeIf(t -> keyCase.sameKey(t.key(), key));
        }
        return result;
    }

    /**
     * A ListXTags page: every ListXTags reference page says "The returned list of tags is sorted by tag
     * key". Keys are unique within one resource, so the last key shown is an exact marker.
     */
    static Page<Tag> page(List<Tag> tags, ListOptions options) {
        return Pagination.pageInMemory(tags, new ListOptions(null, options.marker(), options.maxItems()), Tag::key);
    }
}
