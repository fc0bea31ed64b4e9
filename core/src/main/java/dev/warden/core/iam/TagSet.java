package dev.warden.core.iam;

import dev.warden.core.error.IamException;
import dev.warden.core.model.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Applies TagX/UntagX to a stored tag list: keys match case-insensitively, the newest spelling wins. */
final class TagSet {
    private TagSet() {
    }

    static List<Tag> merge(List<Tag> existing, List<Tag> added, int maxTags) {
        List<Tag> result = new ArrayList<>(existing);
        for (Tag tag : IamInputRules.tags(added)) {
            result.removeIf(t -> sameKey(t.key(), tag.key()));
            result.add(tag);
        }
        if (result.size() > maxTags) {
            throw IamException.limitExceeded("The number of tags has reached the maximum limit.");
        }
        return result;
    }

    static List<Tag> remove(List<Tag> existing, Collection<String> keys) {
        List<Tag> result = new ArrayList<>(existing);
        for (String key : keys) {
            IamInputRules.tagKey(key);
            result.removeIf(t -> sameKey(t.key(), key));
        }
        return result;
    }

    private static boolean sameKey(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
