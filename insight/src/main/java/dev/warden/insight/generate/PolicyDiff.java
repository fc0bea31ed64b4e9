package dev.warden.insight.generate;

import java.util.List;

/**
 * What the current policies grant beyond what was used.
 *
 * @param usedActions actions used (and allowed) in the period
 * @param grantedActions every catalogue action the current policies allow on some resource they name
 *     (unconditionally or conditionally)
 * @param unusedActions granted actions of used services that were not used
 * @param unusedServices services with granted actions none of which was used
 */
public record PolicyDiff(List<String> usedActions, List<String> grantedActions, List<String> unusedActions,
        List<String> unusedServices) {
    public PolicyDiff {
        usedActions = List.copyOf(usedActions);
        grantedActions = List.copyOf(grantedActions);
        unusedActions = List.copyOf(unusedActions);
        unusedServices = List.copyOf(unusedServices);
    }
}
