package io.eventd.core.error;

/** Thrown by the language layers when a statement fails with a MySQL-shaped error. */
public final class SqlException extends RuntimeException {
    private final transient SqlError error;

    public SqlException(SqlError error) {
        super(error.clientLine(), null, false, false);
        this.error = error;
    }

    public SqlError error() {
        return error;
    }

    public int code() {
        return error.code();
    }
}
