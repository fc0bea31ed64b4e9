package dev.warden.insight.generate;

import dev.warden.insight.access.Access;
import dev.warden.insight.access.AccessEvaluator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The narrowest resource pattern that covers what an action was used on, never wider than the
 * current grant:
 *
 * <ol>
 *   <li>{@code *} when the action was used on {@code *} (actions without a resource);
 *   <li>the ARN itself when it was used on one resource;
 *   <li>for several, their longest common prefix up to and including a {@code /} of the resource
 *       part, followed by {@code *} (keys under one prefix → {@code arn:aws:s3:::bucket/prefix/*},
 *       users on one path → {@code arn:aws:iam::ACCT:user/app/*}) when that prefix is deeper than
 *       the resource type ({@code user/}, {@code bucket/}) or more than {@value #MAX_LISTED} ARNs
 *       share only the type, provided the engine says the
 *       current policies allow the action on that pattern (a grant such as {@code user/app/a*}
 *       does not cover {@code user/app/*}, so the pattern would widen it);
 *   <li>otherwise every ARN used, listed.
 * </ol>
 */
public final class ResourceGeneralizer {

    /** Above this many resources of one type, the type's prefix is used rather than a long list. */
    static final int MAX_LISTED = 10;

    private ResourceGeneralizer() {}

    public static List<String> generalize(String action, Set<String> resources, AccessEvaluator current) {
        if (resources.contains("*")) {
            return List.of("*");
        }
        List<String> sorted = List.copyOf(new TreeSet<>(resources));
        if (sorted.size() == 1) {
            return sorted;
        }
        String prefix = commonPrefix(sorted);
        String[] fields = prefix.split(":", 6);
        if (fields.length < 6 || !fields[5].contains("/")) {
            return sorted;
        }
        String resourcePart = fields[5].substring(0, fields[5].lastIndexOf('/') + 1);
        boolean deeperThanType = resourcePart.indexOf('/') < resourcePart.length() - 1;
        if (!deeperThanType && sorted.size() <= MAX_LISTED) {
            return sorted;
        }
        String pattern = prefix.substring(0, prefix.length() - fields[5].length()) + resourcePart + "*";
        return current.access(action, pattern) == Access.DENIED ? sorted : List.of(pattern);
    }

    static String commonPrefix(List<String> values) {
        String prefix = values.get(0);
        for (String value : values) {
            int i = 0;
            while (i < prefix.length() && i < value.length() && prefix.charAt(i) == value.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }
}
