package dev.warden.core.model;

import java.time.Instant;
import java.util.Objects;

/** When and in which Region a role was last used: a call signed with one of its session credentials. */
public record RoleLastUsed(Instant date, String region) {
    public RoleLastUsed {
        Objects.requireNonNull(date, "date");
    }

    /** The later of two uses, either of which may be null (never used). */
    public static RoleLastUsed later(RoleLastUsed a, RoleLastUsed b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.date().isAfter(a.date()) ? a : b;
    }
}
