package io.eventd.faults;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Statements for the front door: valid ones built from the event language's pieces (schedules, clauses, bodies,
 * SHOW / information_schema reads), then mostly mutated at the character or token level. Names stay inside the
 * worker's own schema or schemas that do not exist; nothing touches accounts, databases or the global scheduler
 * (a fuzzed {@code DROP USER root} would only lock the fuzzer out), and generated text that could is dropped.
 */
final class StatementGenerator {
    private static final Pattern OFF_LIMITS = Pattern.compile(
            "(?is).*\\b(user|grant|revoke|database|schema|global|persist|event_scheduler|password)\\b.*");
    private static final List<String> NAMES = List.of("e1", "e2", "e3", "`e 4`", "`Ë5`", "E1", "e1x");
    private static final List<String> UNITS = List.of("SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER",
            "YEAR", "MINUTE_SECOND", "HOUR_MINUTE", "DAY_HOUR", "YEAR_MONTH", "DAY_SECOND", "MICROSECOND", "FORTNIGHT");
    private static final List<String> INTERVAL_VALUES = List.of("1", "5", "0", "-1", "'1:30'", "'2-3'", "1.5",
            "99999999999", "NULL", "'x'", "3 + 4", "@x");
    private static final List<String> TIMES = List.of("'2030-01-01 00:00:00'", "'2020-02-30 10:00:00'",
            "CURRENT_TIMESTAMP", "NOW() + INTERVAL 1 HOUR", "'2037-12-31 23:59:59'", "'1969-12-31'", "'junk'",
            "CURRENT_TIMESTAMP + INTERVAL '1:2' HOUR_MINUTE", "20300101", "NULL");
    private static final List<String> BODIES = List.of("DO 1", "SELECT 1", "INSERT INTO t VALUES (1)",
            "BEGIN DO 1; DO 2; END", "BEGIN NOT ATOMIC SELECT 1; END", "UPDATE t SET v = v + 1",
            "CALL p()", "DO SLEEP(0)", "DROP EVENT e2", "SET @a = 1");
    private static final List<String> CLAUSES = List.of("", " ON COMPLETION PRESERVE", " ON COMPLETION NOT PRESERVE",
            " ENABLE", " DISABLE", " DISABLE ON SLAVE", " DISABLE ON REPLICA", " COMMENT 'c'", " COMMENT ''",
            " DEFINER = CURRENT_USER", " DEFINER = 'nobody'@'%'");
    private static final List<String> READS = List.of("SHOW EVENTS", "SHOW EVENTS LIKE 'e%'", "SHOW EVENTS FROM nope",
            "SHOW EVENTS WHERE Name = 'e1'", "SHOW CREATE EVENT e1", "SHOW CREATE EVENT nope.e1",
            "SELECT EVENT_NAME, STATUS FROM information_schema.EVENTS WHERE EVENT_NAME LIKE 'e%' ORDER BY 1",
            "SELECT * FROM information_schema.EVENTS", "SHOW PROCESSLIST", "SHOW STATUS LIKE '%event%'",
            "SET time_zone = '+05:00'", "SET time_zone = 'Europe/Berlin'", "SET sql_mode = ''",
            "SELECT COUNT(*) FROM information_schema.EVENTS", "USE nope");
    private static final String NOISE = "abcXYZ019_ ;,.()'\"`@#-*/!<>=+%:\n\t\\{}é€\u0000";
    private static final List<String> TOKENS = List.of("EVENT", "ON", "SCHEDULE", "EVERY", "AT", "DO", "BEGIN", "END",
            "STARTS", "ENDS", "INTERVAL", "'", "\"", "`", "(", ")", ";", "--", "/*", "*/", "#", "DELIMITER //\n",
            "\\", "NULL", "9223372036854775808", "-", "IF NOT EXISTS", "IF EXISTS", "RENAME TO", "COMPLETION");

    private final Random random;
    private final String schema;

    StatementGenerator(Random random, String schema) {
        this.random = random;
        this.schema = schema;
    }

    /** The next statement: one in ten intact, one in twenty random noise, the rest mutated. */
    String next() {
        while (true) {
            int kind = random.nextInt(20);
            String text = kind < 2 ? valid() : kind == 2 ? noise() : mutate(valid());
            if (!OFF_LIMITS.matcher(text).matches()) {
                return text;
            }
        }
    }

    String valid() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> "CREATE EVENT " + pick(List.of("", "IF NOT EXISTS ")) + name() + " ON SCHEDULE "
                    + schedule() + clause() + clause() + " DO " + pick(BODIES);
            case 3, 4 -> "ALTER EVENT " + name() + alteration();
            case 5, 6 -> "DROP EVENT " + pick(List.of("", "IF EXISTS ")) + name();
            default -> pick(READS);
        };
    }

    private String alteration() {
        return switch (random.nextInt(5)) {
            case 0 -> " ON SCHEDULE " + schedule();
            case 1 -> " RENAME TO " + name();
            case 2 -> clause().isEmpty() ? " ENABLE" : clause();
            case 3 -> " DO " + pick(BODIES);
            default -> clause() + " ON SCHEDULE " + schedule() + " DO " + pick(BODIES);
        };
    }

    private String schedule() {
        if (random.nextInt(3) == 0) {
            return "AT " + pick(TIMES) + (random.nextBoolean() ? " + INTERVAL " + pick(INTERVAL_VALUES) + " "
                    + pick(UNITS) : "");
        }
        return "EVERY " + pick(INTERVAL_VALUES) + " " + pick(UNITS)
                + (random.nextBoolean() ? " STARTS " + pick(TIMES) : "")
                + (random.nextBoolean() ? " ENDS " + pick(TIMES) : "");
    }

    private String name() {
        String bare = pick(NAMES);
        return switch (random.nextInt(6)) {
            case 0 -> schema + "." + bare;
            case 1 -> "nope." + bare;
            default -> bare;
        };
    }

    private String clause() {
        return pick(CLAUSES);
    }

    private String noise() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(100); i > 0; i--) {
            text.append(random.nextInt(6) == 0 ? (char) (1 + random.nextInt(0x2FFF))
                    : NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return text.toString();
    }

    /** One to three edits: delete, duplicate or insert a span or token, swap two spans, truncate. */
    String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(3); edits > 0 && s.length() > 0; edits--) {
            int at = random.nextInt(s.length());
            int end = Math.min(s.length(), at + 1 + random.nextInt(12));
            switch (random.nextInt(6)) {
                case 0 -> s.delete(at, end);
                case 1 -> s.insert(at, s.substring(at, end));
                case 2 -> s.insert(at, " " + pick(TOKENS) + " ");
                case 3 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 4 -> s.setLength(at);
                default -> {
                    int other = random.nextInt(s.length());
                    String span = s.substring(at, end);
                    s.delete(at, end);
                    s.insert(Math.min(other, s.length()), span);
                }
            }
        }
        return s.toString();
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
