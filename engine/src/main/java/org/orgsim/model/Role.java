package org.orgsim.model;

/** A person's role; leads and managers hold a {@link Position} in a hierarchy level. */
enum Role {
    MEMBER, LEAD, MANAGER;

    /** The spelling rules see: "member", "lead", "manager". */
    final String factName = name().toLowerCase(java.util.Locale.ROOT);
}
