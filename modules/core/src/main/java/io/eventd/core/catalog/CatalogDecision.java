package io.eventd.core.catalog;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.SqlError;
import io.eventd.core.event.EventDefinition;
import java.util.List;

/**
 * The outcome of one catalog command: the value stored under the key afterwards ({@code null}: none), whether it
 * changed, the notes the statement reports, or the error that left everything as it was.
 */
public record CatalogDecision(EventDefinition stored, boolean changed, List<Diagnostic> notes, SqlError error) {
    public CatalogDecision {
        notes = List.copyOf(notes);
    }

    public static CatalogDecision store(EventDefinition stored, List<Diagnostic> notes) {
        return new CatalogDecision(stored, true, notes, null);
    }

    public static CatalogDecision remove(List<Diagnostic> notes) {
        return new CatalogDecision(null, true, notes, null);
    }

    public static CatalogDecision unchanged(EventDefinition current, List<Diagnostic> notes) {
        return new CatalogDecision(current, false, notes, null);
    }

    public static CatalogDecision fail(SqlError error) {
        return new CatalogDecision(null, false, List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }
}
