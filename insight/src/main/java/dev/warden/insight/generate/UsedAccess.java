package dev.warden.insight.generate;

/** One action on one resource that a principal used and the engine allowed, as the audit log recorded it. */
public record UsedAccess(String action, String resource) {

    /** The service prefix, lower case. */
    public String service() {
        return action.substring(0, Math.max(0, action.indexOf(':'))).toLowerCase(java.util.Locale.ROOT);
    }
}
