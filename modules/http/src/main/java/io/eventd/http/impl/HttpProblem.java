package io.eventd.http.impl;

import io.eventd.core.error.SqlError;

/** A request refused before or instead of running anything: the HTTP status and the error JSON to answer with. */
final class HttpProblem extends RuntimeException {
    private final int status;
    private final transient SqlError error;

    HttpProblem(int status, SqlError error) {
        super(error.clientLine(), null, false, false);
        this.status = status;
        this.error = error;
    }

    int status() {
        return status;
    }

    SqlError error() {
        return error;
    }
}
