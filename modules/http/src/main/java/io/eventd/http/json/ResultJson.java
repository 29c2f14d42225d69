package io.eventd.http.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.eventd.core.engine.StatementResult;
import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.SqlError;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The statement-result JSON of DESIGN.md ("Statement result"), one object per statement, shared by
 * {@code eventd check} and {@code POST /v1/sql}.
 */
public final class ResultJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultJson() {
    }

    /** One result as a single line of JSON; {@code index} is the statement's 1-based position in the script. */
    public static String line(int index, StatementResult result) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, index, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void write(JsonGenerator json, int index, StatementResult result) throws IOException {
        json.writeStartObject();
        json.writeNumberField("statement", index);
        json.writeBooleanField("ok", result.ok());
        if (!result.ok()) {
            writeError(json, result.error());
        } else {
            writeWarnings(json, result.warnings());
            if (result.event() != null) {
                json.writeStringField("event", result.event());
                json.writeArrayFieldStart("fires");
                for (String fire : result.fires()) {
                    json.writeString(fire);
                }
                json.writeEndArray();
            }
            if (result.columns() != null) {
                writeRows(json, result.columns(), result.rows());
            }
        }
        json.writeEndObject();
    }

    private static void writeError(JsonGenerator json, SqlError error) throws IOException {
        json.writeObjectFieldStart("error");
        json.writeNumberField("code", error.code());
        json.writeStringField("sqlstate", error.sqlState());
        json.writeStringField("message", error.message());
        json.writeEndObject();
    }

    private static void writeWarnings(JsonGenerator json, List<Diagnostic> warnings) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (Diagnostic d : warnings) {
            json.writeStartObject();
            json.writeStringField("level", d.level().name());
            json.writeNumberField("code", d.code());
            json.writeStringField("message", d.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeRows(JsonGenerator json, List<String> columns, List<List<Object>> rows) throws IOException {
        json.writeArrayFieldStart("columns");
        for (String c : columns) {
            json.writeString(c);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rows");
        for (List<Object> row : rows) {
            json.writeStartArray();
            for (Object v : row) {
                writeValue(json, v);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void writeValue(JsonGenerator json, Object v) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof Long n) {
            json.writeNumber(n);
        } else if (v instanceof Integer n) {
            json.writeNumber(n);
        } else {
            json.writeString(v.toString());
        }
    }
}
