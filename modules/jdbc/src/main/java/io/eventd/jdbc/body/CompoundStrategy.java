package io.eventd.jdbc.body;

import io.eventd.jdbc.ServerFlavor;
import java.sql.SQLException;
import java.sql.Statement;

/** How a {@code BEGIN … END} body is sent to the server. */
public enum CompoundStrategy {
    /** BEGIN_NOT_ATOMIC on MariaDB, MANAGED_PROCEDURE on MySQL. */
    AUTO,
    /** One statement, {@code BEGIN NOT ATOMIC …}; MariaDB only. */
    BEGIN_NOT_ATOMIC,
    /** A stored procedure eventd creates in the event's schema, then CALLs; any server. */
    MANAGED_PROCEDURE;

    CompoundStrategy resolve(ServerFlavor flavor) {
        if (this != AUTO) {
            return this;
        }
        return flavor == ServerFlavor.MARIADB ? BEGIN_NOT_ATOMIC : MANAGED_PROCEDURE;
    }

    /** {@code preamble}: statements to send first, in the same packet (empty if none). */
    Executed run(Statement statement, String preamble, CompoundBody body, String sqlMode, ServerFlavor flavor)
            throws SQLException {
        return switch (resolve(flavor)) {
            case BEGIN_NOT_ATOMIC -> Executed.run(statement, preamble + body.asBeginNotAtomic());
            case MANAGED_PROCEDURE -> ManagedProcedure.call(statement, preamble, body, sqlMode);
            case AUTO -> throw new IllegalStateException("AUTO resolves to a concrete strategy");
        };
    }
}
