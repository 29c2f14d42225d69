package io.eventd.jdbc.body;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Runs a compound body the way MySQL can: as a stored procedure eventd keeps in the event's schema. The name is a
 * hash of the body and the sql_mode (a procedure keeps the sql_mode it was created with), so a changed body gets a
 * new procedure and equal bodies share one. Created on first use: CALL, and on "does not exist" CREATE then CALL.
 */
final class ManagedProcedure {
    static final String PREFIX = "eventd_body_";
    private static final int SP_DOES_NOT_EXIST = 1305;
    private static final int SP_ALREADY_EXISTS = 1304;

    private ManagedProcedure() {
    }

    /**
     * Sends {@code preamble} (empty if none) with the first CALL; expects the session's default database and sql_mode
     * to be the event's once it ran, since a missing procedure is created in that session.
     */
    static Executed call(Statement statement, String preamble, CompoundBody body, String sqlMode)
            throws SQLException {
        String name = name(body.text(), sqlMode);
        String call = "CALL `" + name + "`()";
        try {
            return Executed.run(statement, preamble + call);
        } catch (SQLException e) {
            if (e.getErrorCode() != SP_DOES_NOT_EXIST) {
                throw e;
            }
        }
        create(statement, name, body.text());
        return Executed.run(statement, call);
    }

    private static void create(Statement statement, String name, String text) throws SQLException {
        try {
            statement.execute("CREATE PROCEDURE `" + name + "`() SQL SECURITY INVOKER " + text);
        } catch (SQLException e) {
            if (e.getErrorCode() != SP_ALREADY_EXISTS) {
                throw e; // another run created it first: fine
            }
        }
    }

    static String name(String body, String sqlMode) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(sqlMode.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(sha.digest(), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
