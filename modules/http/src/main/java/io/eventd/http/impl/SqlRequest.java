package io.eventd.http.impl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventd.core.error.EventdErrors;
import java.util.Iterator;
import java.util.Set;

/**
 * What {@code POST /v1/sql} was asked: the SQL text and the default schema (null for none). The body is raw SQL
 * unless it is JSON {@code {"sql": "…", "schema": "…"}}; a JSON schema wins over {@code ?schema=}.
 */
record SqlRequest(String sql, String schema) {
    static final String JSON_TYPE = "application/json";
    /** Raw SQL: text/plain, application/sql, curl's default form type (not decoded), or no type at all. */
    static final Set<String> TYPES = Set.of("text/plain", "application/sql", "application/x-www-form-urlencoded", "",
            JSON_TYPE);
    static final String ACCEPTED = "text/plain, application/sql or application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("sql", "schema");

    static SqlRequest parse(String mediaType, String body, String schemaParameter) {
        if (!mediaType.equals(JSON_TYPE)) {
            return new SqlRequest(body, schemaParameter);
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw bad("malformed JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw bad("expected a JSON object {\"sql\": \"...\", \"schema\": \"...\"}");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw bad("unknown field \"" + name + "\"");
            }
        }
        JsonNode sql = json.get("sql");
        if (sql == null || !sql.isTextual()) {
            throw bad("\"sql\" must be a string");
        }
        JsonNode schema = json.get("schema");
        if (schema != null && !schema.isNull() && !schema.isTextual()) {
            throw bad("\"schema\" must be a string");
        }
        return new SqlRequest(sql.asText(), schema == null || schema.isNull() ? schemaParameter : schema.asText());
    }

    private static HttpProblem bad(String what) {
        return new HttpProblem(400, EventdErrors.badHttpRequest(what));
    }
}
