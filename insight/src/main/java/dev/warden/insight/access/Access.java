package dev.warden.insight.access;

/** The answer to "may this principal do this action on this resource" without a request. */
public enum Access {
    /** Allowed whatever the request carries. */
    ALLOWED,
    /** Allowed for some requests only: behind a condition of an Allow, or unless a conditional Deny applies. */
    CONDITIONAL,
    /** Denied whatever the request carries. */
    DENIED
}
