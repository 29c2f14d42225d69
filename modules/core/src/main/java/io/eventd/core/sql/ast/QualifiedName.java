package io.eventd.core.sql.ast;

import java.util.Objects;

/** {@code [schema.]name} as written; schema null when not qualified. */
public record QualifiedName(String schema, String name) {
    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    public boolean qualified() {
        return schema != null;
    }
}
