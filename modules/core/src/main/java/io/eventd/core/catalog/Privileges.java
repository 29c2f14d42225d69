package io.eventd.core.catalog;

import io.eventd.core.event.Privilege;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one account holds: global privileges ({@code ON *.*}) and EVENT per schema ({@code ON db.*}). Schema names
 * compare exactly, without wildcards (lower_case_table_names=0). Immutable; grant and revoke return new values.
 */
public record Privileges(Set<Privilege> global, SortedSet<String> eventSchemas) {
    public static final Privileges NONE = new Privileges(Set.of(), new TreeSet<>());
    /** {@code ALL PRIVILEGES ON *.*}. */
    public static final Privileges ALL = new Privileges(EnumSet.allOf(Privilege.class), new TreeSet<>());

    public Privileges {
        global = global.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(global));
        eventSchemas = Collections.unmodifiableSortedSet(new TreeSet<>(eventSchemas));
    }

    /** SUPER: may run SET GLOBAL, manage accounts and name another DEFINER. */
    public boolean isAdmin() {
        return global.contains(Privilege.SUPER);
    }

    /** EVENT on {@code schema}, globally or on the schema. */
    public boolean hasEvent(String schema) {
        return global.contains(Privilege.EVENT) || eventSchemas.contains(schema);
    }

    /** Adds {@code privileges} globally ({@code schema} null) or, EVENT only, on {@code schema}. */
    public Privileges grant(Set<Privilege> privileges, String schema) {
        if (schema != null) {
            requireEventOnly(privileges);
            SortedSet<String> schemas = new TreeSet<>(eventSchemas);
            schemas.add(schema);
            return new Privileges(global, schemas);
        }
        Set<Privilege> granted = EnumSet.noneOf(Privilege.class);
        granted.addAll(global);
        granted.addAll(privileges);
        return new Privileges(granted, eventSchemas);
    }

    /**
     * Removes {@code privileges} globally (always possible, as MySQL's user row always exists) or EVENT on
     * {@code schema}; null when the account holds no grant on that schema (MySQL's 1141).
     */
    public Privileges revoke(Set<Privilege> privileges, String schema) {
        if (schema != null) {
            requireEventOnly(privileges);
            if (!eventSchemas.contains(schema)) {
                return null;
            }
            SortedSet<String> schemas = new TreeSet<>(eventSchemas);
            schemas.remove(schema);
            return new Privileges(global, schemas);
        }
        Set<Privilege> kept = EnumSet.noneOf(Privilege.class);
        kept.addAll(global);
        kept.removeAll(privileges);
        return new Privileges(kept, eventSchemas);
    }

    private static void requireEventOnly(Set<Privilege> privileges) {
        if (!Set.of(Privilege.EVENT).equals(privileges)) {
            throw new IllegalArgumentException("only EVENT is granted on a schema, got " + privileges);
        }
    }
}
