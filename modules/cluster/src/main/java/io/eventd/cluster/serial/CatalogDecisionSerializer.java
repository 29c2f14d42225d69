package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.catalog.CatalogDecision;
import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlError;
import io.eventd.core.event.EventDefinition;
import java.util.ArrayList;
import java.util.List;

/** The answer of a catalog entry processor: the stored value, the notes and the error travel back to the caller. */
final class CatalogDecisionSerializer implements CompactSerializer<CatalogDecision> {
    @Override
    public CatalogDecision read(CompactReader in) {
        String[] levels = in.readArrayOfString("noteLevels");
        int[] codes = in.readArrayOfInt32("noteCodes");
        String[] messages = in.readArrayOfString("noteMessages");
        List<Diagnostic> notes = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            notes.add(new Diagnostic(Level.valueOf(levels[i]), codes[i], messages[i]));
        }
        Integer errorCode = in.readNullableInt32("errorCode");
        SqlError error = errorCode == null ? null
                : new SqlError(errorCode, in.readString("errorState"), in.readString("errorMessage"));
        return new CatalogDecision(in.readCompact("stored"), in.readBoolean("changed"), notes, error);
    }

    @Override
    public void write(CompactWriter out, CatalogDecision decision) {
        List<Diagnostic> notes = decision.notes();
        out.writeArrayOfString("noteLevels", notes.stream().map(n -> n.level().name()).toArray(String[]::new));
        out.writeArrayOfInt32("noteCodes", notes.stream().mapToInt(Diagnostic::code).toArray());
        out.writeArrayOfString("noteMessages", notes.stream().map(Diagnostic::message).toArray(String[]::new));
        SqlError error = decision.error();
        out.writeNullableInt32("errorCode", error == null ? null : error.code());
        out.writeString("errorState", error == null ? null : error.sqlState());
        out.writeString("errorMessage", error == null ? null : error.message());
        out.<EventDefinition>writeCompact("stored", decision.stored());
        out.writeBoolean("changed", decision.changed());
    }

    @Override
    public String getTypeName() {
        return "eventd.CatalogDecision";
    }

    @Override
    public Class<CatalogDecision> getCompactClass() {
        return CatalogDecision.class;
    }
}
