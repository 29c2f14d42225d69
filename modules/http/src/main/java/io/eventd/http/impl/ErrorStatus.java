package io.eventd.http.impl;

import io.eventd.core.error.SqlError;

/** The HTTP status of a MySQL-shaped error (the table in modules/http/README.md), and the headers it brings. */
final class ErrorStatus {
    /** Seconds a client is told to wait before retrying a write refused for lack of quorum. */
    static final String RETRY_AFTER_SECONDS = "5";
    static final String BASIC_CHALLENGE = "Basic realm=\"eventd\", charset=\"UTF-8\"";

    private ErrorStatus() {
    }

    static int of(SqlError error) {
        return switch (error.code()) {
            case 1045 -> 401;
            case 1044, 1142, 1227 -> 403;
            case 1008, 1049, 1109, 1141, 1539, 3162 -> 404;
            case 1007, 1396, 1537, 3163 -> 409;
            case 1105 -> 500;
            case 7907 -> 503;
            default -> 400;
        };
    }
}
