package io.eventd.core.sql;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;

/** MySQL's parse-time name checks: {@code sp_check_name} for events, {@code check_db_name} for schemas. */
final class NameRules {
    /** NAME_CHAR_LEN: identifiers are limited in characters, not bytes. */
    static final int MAX_NAME_CHARS = 64;

    private NameRules() {
    }

    static String checkEventName(String name) {
        if (name.isEmpty() || name.endsWith(" ")) {
            throw new SqlException(MysqlErrors.wrongRoutineName(name));
        }
        return checkLength(name);
    }

    static String checkSchemaName(String name) {
        if (name.isEmpty() || name.endsWith(" ")) {
            throw new SqlException(MysqlErrors.wrongDatabaseName(name));
        }
        return checkLength(name);
    }

    private static String checkLength(String name) {
        if (name.codePointCount(0, name.length()) > MAX_NAME_CHARS) {
            throw new SqlException(MysqlErrors.identifierTooLong(name));
        }
        return name;
    }
}
