package dev.warden.insight.access;

/**
 * How conditions on request-dependent keys are settled when deciding without a request: in the
 * most favourable request (every such condition of an Allow holds, none of a Deny) or in the
 * least favourable one. Access in the least favourable request is unconditional; no access in the
 * most favourable one is a certain denial; anything between is conditional.
 */
public enum Assumption {
    MOST_FAVOURABLE,
    LEAST_FAVOURABLE
}
