package io.eventd.core.catalog;

import java.util.Objects;

/** The character-set context an event records at CREATE and at every ALTER. */
public record CreationContext(String characterSetClient, String collationConnection, String databaseCollation) {
    public CreationContext {
        Objects.requireNonNull(characterSetClient, "characterSetClient");
        Objects.requireNonNull(collationConnection, "collationConnection");
        Objects.requireNonNull(databaseCollation, "databaseCollation");
    }
}
