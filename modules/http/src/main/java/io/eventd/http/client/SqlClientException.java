package io.eventd.http.client;

import io.eventd.core.error.SqlError;

/** A request the node refused as a whole (bad credentials, body too large, …): the HTTP status and the error. */
public final class SqlClientException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient SqlError error;

    public SqlClientException(int status, SqlError error) {
        super(error.clientLine());
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public SqlError error() {
        return error;
    }
}
