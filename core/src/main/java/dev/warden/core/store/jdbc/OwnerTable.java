package dev.warden.core.store.jdbc;

import dev.warden.core.model.PolicyOwnerKind;

/**
 * The entity table an owner kind's ids live in: inline policies and attachments carry no account,
 * so account-wide reads join them to their owners' table to keep one account's rows.
 */
enum OwnerTable {
    USER("users", "user_id"),
    ROLE("roles", "role_id"),
    GROUP("iam_groups", "group_id");

    private final String table;
    private final String idColumn;

    OwnerTable(String table, String idColumn) {
        this.table = table;
        this.idColumn = idColumn;
    }

    static OwnerTable of(PolicyOwnerKind kind) {
        return switch (kind) {
            case USER -> USER;
            case ROLE -> ROLE;
            case GROUP -> GROUP;
        };
    }

    /** {@code JOIN <table> o ON o.<id> = <alias>.owner_id}: the owner as {@code o}. */
    String joinOwnersOf(String alias) {
        return " JOIN " + table + " o ON o." + idColumn + " = " + alias + ".owner_id";
    }
}
