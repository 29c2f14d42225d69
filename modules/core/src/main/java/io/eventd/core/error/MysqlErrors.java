package io.eventd.core.error;

import java.util.List;

/**
 * MySQL 8.0's error codes, SQLSTATEs and texts for everything the event language can raise
 * (shared/mysql-events.md, section 3). Messages echo names exactly as the failing statement typed them.
 */
public final class MysqlErrors {
    private MysqlErrors() {
    }

    private static SqlError hy(int code, String message) {
        return new SqlError(code, "HY000", message);
    }

    public static SqlError eventAlreadyExists(String name) {
        return hy(1537, "Event '" + name + "' already exists");
    }

    public static SqlError unknownEvent(String name) {
        return hy(1539, "Unknown event '" + name + "'");
    }

    public static SqlError intervalNotPositiveOrTooBig() {
        return hy(1542, "INTERVAL is either not positive or too big");
    }

    public static SqlError endsBeforeStarts() {
        return hy(1543, "ENDS is either invalid or before STARTS");
    }

    public static SqlError execTimeInThePast() {
        return hy(1544, "Event execution time is in the past. Event has been disabled");
    }

    public static SqlError sameEventName() {
        return hy(1551, "Same old and new event name");
    }

    public static SqlError recursionForbidden() {
        return hy(1576, "Recursion of EVENT DDL statements is forbidden when body is present");
    }

    public static SqlError cannotCreateInThePast() {
        return hy(1588, "Event execution time is in the past and ON COMPLETION NOT PRESERVE is set. "
                + "The event was dropped immediately after creation.");
    }

    public static SqlError cannotAlterInThePast() {
        return hy(1589, "Event execution time is in the past and ON COMPLETION NOT PRESERVE is set. "
                + "The event was not changed. Specify a time in the future.");
    }

    /** 1525 {@code Incorrect AT value: '…'}; {@code what} is AT, STARTS or INTERVAL. */
    public static SqlError wrongValue(String what, String value) {
        return hy(1525, "Incorrect " + what + " value: '" + value + "'");
    }

    public static SqlError notSupportedYet(String feature) {
        return new SqlError(1235, "42000", "This version of MySQL doesn't yet support '" + feature + "'");
    }

    public static SqlError subqueryInSchedule() {
        return notSupportedYet("Usage of subqueries or stored function calls as part of this statement");
    }

    /** 1059; MySQL prints at most the first 100 bytes of the name. */
    public static SqlError identifierTooLong(String name) {
        return new SqlError(1059, "42000", "Identifier name '" + firstBytes(name, 100) + "' is too long");
    }

    public static SqlError wrongRoutineName(String name) {
        return new SqlError(1458, "42000", "Incorrect routine name '" + name + "'");
    }

    public static SqlError eventDoesNotExistNote(String name) {
        return new SqlError(1305, "42000", "Event " + name + " does not exist");
    }

    public static SqlError unknownDatabase(String db) {
        return new SqlError(1049, "42000", "Unknown database '" + db + "'");
    }

    public static SqlError databaseExists(String db) {
        return hy(1007, "Can't create database '" + db + "'; database exists");
    }

    public static SqlError cannotDropMissingDatabase(String db) {
        return hy(1008, "Can't drop database '" + db + "'; database doesn't exist");
    }

    public static SqlError noDatabaseSelected() {
        return new SqlError(1046, "3D000", "No database selected");
    }

    public static SqlError wrongDatabaseName(String db) {
        return new SqlError(1102, "42000", "Incorrect database name '" + db + "'");
    }

    public static SqlError databaseAccessDenied(String user, String host, String db) {
        return new SqlError(1044, "42000", "Access denied for user '" + user + "'@'" + host + "' to database '" + db + "'");
    }

    public static SqlError needSuperOrSetUserId() {
        return new SqlError(1227, "42000", "Access denied; you need (at least one of) the SUPER or SET_USER_ID "
                + "privilege(s) for this operation");
    }

    public static SqlError needSuper() {
        return new SqlError(1227, "42000", "Access denied; you need (at least one of) the SUPER or "
                + "SYSTEM_VARIABLES_ADMIN privilege(s) for this operation");
    }

    public static SqlError noSuchDefiner(String user, String host) {
        return hy(1449, "The user specified as a definer ('" + user + "'@'" + host + "') does not exist");
    }

    public static SqlError operandColumns() {
        return new SqlError(1241, "21000", "Operand should contain 1 column(s)");
    }

    /**
     * 1064 with MySQL's fragment: {@code near '<rest of the statement, at most 80 characters>' at line N}.
     * An error at the very end of the statement prints {@code near '' at line N}.
     */
    public static SqlError parseError(String rest, int line) {
        return new SqlError(1064, "42000", "You have an error in your SQL syntax; check the manual that corresponds "
                + "to your MySQL server version for the right syntax to use near '" + firstChars(rest, 80)
                + "' at line " + line);
    }

    public static SqlError wrongValueForVariable(String variable, String value) {
        return new SqlError(1231, "42000", "Variable '" + variable + "' can't be set to the value of '" + value + "'");
    }

    public static SqlError wrongArgumentsToVariable(String variable) {
        return new SqlError(1232, "42000", "Incorrect argument type to variable '" + variable + "'");
    }

    public static SqlError globalVariable(String variable) {
        return hy(1229, "Variable '" + variable + "' is a GLOBAL variable and should be set with SET GLOBAL");
    }

    public static SqlError sessionVariable(String variable) {
        return hy(1228, "Variable '" + variable + "' is a SESSION variable and can't be used with SET GLOBAL");
    }

    /** 1238 {@code Variable 'event_scheduler' is a GLOBAL variable}. */
    public static SqlError incorrectGlobalLocalVar(String variable, String kind) {
        return hy(1238, "Variable '" + variable + "' is a " + kind + " variable");
    }

    public static SqlError unknownSystemVariable(String variable) {
        return hy(1193, "Unknown system variable '" + variable + "'");
    }

    public static SqlError unknownTimeZone(String zone) {
        return hy(1298, "Unknown or incorrect time zone: '" + zone + "'");
    }

    public static SqlError unknownColumn(String column, String where) {
        return new SqlError(1054, "42S22", "Unknown column '" + column + "' in '" + where + "'");
    }

    public static SqlError unknownTable(String table, String db) {
        return new SqlError(1109, "42S02", "Unknown table '" + table + "' in " + db);
    }

    public static SqlError emptyQuery() {
        return new SqlError(1065, "42000", "Query was empty");
    }

    /** 1305 for a call of an unknown function, which MySQL takes for a stored function. */
    public static SqlError storedFunctionDoesNotExist(String name) {
        return new SqlError(1305, "42000", "FUNCTION " + name + " does not exist");
    }

    /** 1140: a column beside an aggregate without GROUP BY (ONLY_FULL_GROUP_BY, MySQL 8.0's default sql_mode). */
    public static SqlError nonAggregatedColumn(int expression, String column) {
        return new SqlError(1140, "42000", "In aggregated query without GROUP BY, expression #" + expression
                + " of SELECT list contains nonaggregated column '" + column + "'; this is incompatible with "
                + "sql_mode=only_full_group_by");
    }

    /** 1111: an aggregate inside an aggregate, or in WHERE. */
    public static SqlError invalidGroupFunction() {
        return new SqlError(1111, "HY000", "Invalid use of group function");
    }

    public static SqlError wrongParameterCount(String function) {
        return new SqlError(1582, "42000", "Incorrect parameter count in the call to native function '" + function + "'");
    }

    /** 1210 {@code Incorrect arguments to ESCAPE}. */
    public static SqlError wrongArguments(String what) {
        return hy(1210, "Incorrect arguments to " + what);
    }

    /** 1096 {@code No tables used}: {@code SELECT *} without FROM. */
    public static SqlError noTablesUsed() {
        return hy(1096, "No tables used");
    }

    /** 1045 at login: {@code Access denied for user 'u'@'h' (using password: YES)}; also GRANT on *.* without SUPER. */
    public static SqlError accessDenied(String user, String host, boolean usingPassword) {
        return new SqlError(1045, "28000", "Access denied for user '" + user + "'@'" + host + "' (using password: "
                + (usingPassword ? "YES" : "NO") + ")");
    }

    /** 1227 for account management without the admin privilege. */
    public static SqlError needCreateUser() {
        return new SqlError(1227, "42000", "Access denied; you need (at least one of) the CREATE USER privilege(s) "
                + "for this operation");
    }

    /** 1396 {@code Operation CREATE USER failed for 'a'@'%','b'@'%'}: the accounts as typed, comma-separated. */
    public static SqlError operationFailed(String operation, List<String> quotedAccounts) {
        return hy(1396, "Operation " + operation + " failed for " + String.join(",", quotedAccounts));
    }

    /** 1141: REVOKE of a grant the account does not hold, SHOW GRANTS FOR an unknown account. */
    public static SqlError noSuchGrant(String user, String host) {
        return new SqlError(1141, "42000", "There is no such grant defined for user '" + user + "' on host '"
                + host + "'");
    }

    /** 1410: GRANT to an account that does not exist. */
    public static SqlError cannotCreateUserWithGrant() {
        return new SqlError(1410, "42000", "You are not allowed to create a user with GRANT");
    }

    /** 1221: a global-only privilege (SUPER) granted on a schema. */
    public static SqlError wrongDbGrantUsage() {
        return hy(1221, "Incorrect usage of DB GRANT and GLOBAL PRIVILEGES");
    }

    /** 3162 (Note with IF EXISTS): {@code Authorization ID 'u'@'h' does not exist.} */
    public static SqlError userDoesNotExist(String quotedAccount) {
        return hy(3162, "Authorization ID " + quotedAccount + " does not exist.");
    }

    /** 3163 (Note with IF NOT EXISTS): {@code Authorization ID 'u'@'h' already exists.} */
    public static SqlError userAlreadyExists(String quotedAccount) {
        return hy(3163, "Authorization ID " + quotedAccount + " already exists.");
    }

    /** 4005 (Warning on DROP USER): {@code User 'u'@'h' is referenced as a definer account in an event.} */
    public static SqlError userReferencedAsDefiner(String quotedAccount) {
        return hy(4005, "User " + quotedAccount + " is referenced as a definer account in an event.");
    }

    /** 1105: a failure with no better code (an unexpected fault inside eventd; the details are logged). */
    public static SqlError unknownError() {
        return hy(1105, "Unknown error");
    }

    static String firstChars(String s, int n) {
        return s.length() <= n ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(n, s.codePointCount(0, s.length()))));
    }

    static String firstBytes(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + len > maxBytes) {
                break;
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
