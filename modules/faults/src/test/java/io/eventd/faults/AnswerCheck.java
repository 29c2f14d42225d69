package io.eventd.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * The shape every answer of {@code POST /v1/sql} must have (modules/http/README.md): below 500; either a JSON array
 * of statement results (numbered from 1, only the last may fail, 200 exactly when none failed) or a JSON error
 * object with a status of 400 or more; every error with a 4-digit code, a 5-character SQLSTATE and a message.
 */
final class AnswerCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the answer says, once found well-formed. */
    record Reading(boolean failed, boolean failedAtFirstStatement, int code) {
    }

    private AnswerCheck() {
    }

    /** The reading, or why the answer is malformed (as an exception message). */
    static Reading read(SqlOverHttp.Answer answer) {
        if (answer.status() >= 500) {
            throw new IllegalStateException("status " + answer.status());
        }
        JsonNode root;
        try {
            root = JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + e.getOriginalMessage());
        }
        if (root != null && root.isObject()) {
            require(answer.status() >= 400, "an error object with status " + answer.status());
            require(root.size() == 1, "an error object with other fields");
            return new Reading(true, true, checkedCode(root.get("error")));
        }
        require(root != null && root.isArray(), "neither an array nor an error object");
        Optional<Integer> failure = Optional.empty();
        for (int i = 0; i < root.size(); i++) {
            JsonNode result = root.get(i);
            require(result.path("statement").asInt() == i + 1, "result " + (i + 1) + " numbered "
                    + result.path("statement"));
            require(result.path("ok").isBoolean(), "result without ok");
            if (!result.get("ok").asBoolean()) {
                require(i == root.size() - 1, "a failed statement that is not the last");
                failure = Optional.of(checkedCode(result.get("error")));
            }
        }
        require((answer.status() == 200) == failure.isEmpty(), "status " + answer.status() + " with failure "
                + failure);
        return new Reading(failure.isPresent(), failure.isPresent() && root.size() == 1, failure.orElse(0));
    }

    private static int checkedCode(JsonNode error) {
        require(error != null && error.isObject(), "a failure without an error object");
        int code = error.path("code").asInt(-1);
        require(code >= 1000 && code <= 9999, "error code " + error.path("code"));
        require(error.path("sqlstate").asText("").matches("[0-9A-Z]{5}"), "sqlstate " + error.path("sqlstate"));
        require(!error.path("message").asText("").isEmpty(), "an empty message");
        return code;
    }

    private static void require(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalStateException(otherwise);
        }
    }
}
