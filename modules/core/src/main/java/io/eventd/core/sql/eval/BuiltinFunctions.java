package io.eventd.core.sql.eval;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.expr.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MySQL's native functions as eventd knows them. A name that is not native is a stored-function call to MySQL
 * (1305 when evaluated, 1235 in a schedule); a native function eventd does not evaluate fails with 7901.
 */
final class BuiltinFunctions {
    @FunctionalInterface
    interface Body {
        Value apply(Evaluator evaluator, List<Expr> args);
    }

    private record Builtin(int minArgs, int maxArgs, Body body) {
    }

    private static final int VARIADIC = Integer.MAX_VALUE;
    private static final Map<String, Builtin> IMPLEMENTED = new HashMap<>();

    /** Native MySQL functions eventd does not evaluate (so they are no stored-function calls). */
    private static final Set<String> NOT_EVALUATED = Set.of(
            "ABS", "ACOS", "ADDTIME", "AES_DECRYPT", "AES_ENCRYPT", "ASCII", "ASIN", "ATAN", "ATAN2", "BENCHMARK",
            "BIN", "BIT_COUNT", "BIT_LENGTH", "CEIL", "CEILING", "CHAR", "CHARSET", "COLLATION", "CONCAT_WS",
            "CONNECTION_ID", "CONV", "CONVERT_TZ", "COS", "COT", "CRC32", "CURRENT_ROLE", "CURRENT_USER", "DATABASE",
            "DATEDIFF", "DATE_FORMAT", "DAY", "DAYNAME", "DAYOFMONTH", "DAYOFWEEK", "DAYOFYEAR", "DEGREES", "ELT",
            "EXP", "EXPORT_SET", "EXTRACT", "FIELD", "FIND_IN_SET", "FLOOR", "FORMAT", "FOUND_ROWS", "FROM_BASE64",
            "FROM_DAYS", "GET_FORMAT", "GET_LOCK", "GREATEST", "HEX", "HOUR", "INET_ATON", "INET_NTOA", "INSERT",
            "INSTR", "INTERVAL", "IS_FREE_LOCK", "IS_USED_LOCK", "LAST_DAY", "LAST_INSERT_ID", "LEAST", "LEFT", "LN",
            "LOCATE", "LOG", "LOG10", "LOG2", "LPAD", "LTRIM", "MAKEDATE", "MAKETIME", "MD5", "MICROSECOND", "MID",
            "MINUTE", "MOD", "MONTH", "MONTHNAME", "OCT", "ORD", "PERIOD_ADD", "PERIOD_DIFF", "PI", "POSITION", "POW",
            "POWER", "QUARTER", "QUOTE", "RADIANS", "RAND", "RELEASE_LOCK", "REPEAT", "REPLACE", "REVERSE", "RIGHT",
            "ROUND", "ROW_COUNT", "RPAD", "RTRIM", "SCHEMA", "SECOND", "SEC_TO_TIME", "SESSION_USER", "SHA", "SHA1",
            "SHA2", "SIGN", "SIN", "SLEEP", "SOUNDEX", "SPACE", "SQRT", "STRCMP", "STR_TO_DATE", "SUBSTR",
            "SUBSTRING", "SUBSTRING_INDEX", "SUBTIME", "SYSTEM_USER", "TAN", "TIME", "TIMEDIFF", "TIMESTAMPADD",
            "TIMESTAMPDIFF", "TIME_FORMAT", "TIME_TO_SEC", "TO_BASE64", "TO_DAYS", "TO_SECONDS", "TRIM", "TRUNCATE",
            "UNHEX", "USER", "UUID", "UUID_SHORT", "VERSION", "WEEK", "WEEKDAY", "WEEKOFYEAR", "YEAR",
            "YEARWEEK");

    static {
        define(0, 1, DateTimeFunctions::now, "NOW", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "SYSDATE");
        define(0, 0, DateTimeFunctions::curdate, "CURDATE", "CURRENT_DATE");
        define(0, 1, DateTimeFunctions::curtime, "CURTIME", "CURRENT_TIME");
        define(0, 1, DateTimeFunctions::utcTimestamp, "UTC_TIMESTAMP", "UTC_TIME");
        define(0, 0, DateTimeFunctions::utcDate, "UTC_DATE");
        define(0, 1, DateTimeFunctions::unixTimestamp, "UNIX_TIMESTAMP");
        define(1, 1, DateTimeFunctions::fromUnixtime, "FROM_UNIXTIME");
        define(2, 2, DateTimeFunctions::dateAdd, "DATE_ADD", "ADDDATE");
        define(2, 2, DateTimeFunctions::dateSub, "DATE_SUB", "SUBDATE");
        define(1, 1, DateTimeFunctions::timestamp, "TIMESTAMP");
        define(1, 1, DateTimeFunctions::date, "DATE");
        define(1, VARIADIC, StringFunctions::concat, "CONCAT");
        define(1, 1, StringFunctions::lower, "LOWER", "LCASE");
        define(1, 1, StringFunctions::upper, "UPPER", "UCASE");
        define(1, 1, StringFunctions::length, "LENGTH", "OCTET_LENGTH");
        define(1, 1, StringFunctions::charLength, "CHAR_LENGTH", "CHARACTER_LENGTH");
        define(2, 2, ControlFlowFunctions::ifNull, "IFNULL");
        define(1, VARIADIC, ControlFlowFunctions::coalesce, "COALESCE");
        define(3, 3, ControlFlowFunctions::ifThenElse, "IF");
        define(2, 2, ControlFlowFunctions::nullIf, "NULLIF");
        define(1, 1, ControlFlowFunctions::isNull, "ISNULL");
    }

    private BuiltinFunctions() {
    }

    private static void define(int minArgs, int maxArgs, Body body, String... names) {
        for (String name : names) {
            IMPLEMENTED.put(name, new Builtin(minArgs, maxArgs, body));
        }
    }

    /** Whether MySQL knows the (upper-cased) name as a native function; otherwise it names a stored function. */
    static boolean isBuiltIn(String name) {
        return IMPLEMENTED.containsKey(name) || NOT_EVALUATED.contains(name);
    }

    static Value call(Evaluator evaluator, String name, List<Expr> args) {
        Builtin builtin = IMPLEMENTED.get(name);
        if (builtin == null) {
            throw new SqlException(NOT_EVALUATED.contains(name) ? EventdErrors.unsupportedExpression(name + "()")
                    : MysqlErrors.storedFunctionDoesNotExist(name));
        }
        if (args.size() < builtin.minArgs() || args.size() > builtin.maxArgs()) {
            throw new SqlException(MysqlErrors.wrongParameterCount(name));
        }
        return builtin.body().apply(evaluator, args);
    }
}
