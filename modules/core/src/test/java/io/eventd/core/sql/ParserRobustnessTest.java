package io.eventd.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.eventd.core.error.SqlException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any input yields a statement or a SqlException, never another exception, and fast. */
class ParserRobustnessTest {
    private static final List<String> SEEDS = List.of(
            "CREATE DEFINER='u'@'h' EVENT IF NOT EXISTS db.e ON SCHEDULE EVERY '1:2' HOUR_MINUTE STARTS NOW() "
                    + "ENDS NOW() + INTERVAL 1 DAY ON COMPLETION NOT PRESERVE DISABLE ON SLAVE COMMENT 'c' DO "
                    + "BEGIN DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN END; IF (SELECT 1) THEN SELECT 1; "
                    + "ELSE SET @x = CASE WHEN 1 THEN 2 END; END IF; l: LOOP LEAVE l; END LOOP l; END",
            "ALTER EVENT e ON SCHEDULE AT TIMESTAMP '2030-01-01' + INTERVAL 1 HOUR RENAME TO f ENABLE DO SELECT 1",
            "SELECT EVENT_NAME, COUNT(*) FROM information_schema.EVENTS WHERE a NOT IN (1, 2) AND b BETWEEN 1 AND 2 "
                    + "ORDER BY 1 DESC LIMIT 1, 2",
            "SET GLOBAL event_scheduler = ON, @a := (SELECT 1), time_zone = '+00:00'",
            "SHOW EVENTS FROM db WHERE Name LIKE 'a%' ESCAPE '!'",
            "DROP EVENT IF EXISTS `a``b`.`c`",
            "/*!80000 SELECT */ 1 -- c\n# d\n");
    private static final String ALPHABET = "abcXYZ019_ ;,.()'\"`@#-*/!<>=+%:\n\t\\\0é{}";

    @Test
    void randomAndMutatedInputsNeverEscapeAsOtherExceptions() {
        Random random = new Random(20260101L);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 4000; i++) {
                String input = i % 2 == 0 ? mutate(random, SEEDS.get(random.nextInt(SEEDS.size())))
                        : randomText(random, random.nextInt(120));
                assertParsesOrFailsCleanly(input);
                ScriptSplitter.split(input);
            }
        });
    }

    /**
     * Linear-time parsing: each 100 000-character pathological input must answer well within the bound (a quadratic
     * scan of one would take minutes). The bound is per input and generous, for a loaded 2-core machine.
     */
    @Test
    void pathologicalInputsAreFast() {
        for (String input : List.of("(".repeat(100_000), "SELECT " + "(".repeat(100_000),
                "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO " + "BEGIN ".repeat(50_000),
                "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN " + "IF 1 THEN ".repeat(30_000),
                "SELECT " + "1 + ".repeat(50_000) + "1", "SELECT " + "CASE WHEN 1 THEN ".repeat(20_000),
                "'".repeat(100_001), "/*".repeat(50_000), "SELECT " + "(SELECT ".repeat(20_000),
                "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN " + "ALTER EVENT x; ".repeat(20_000) + "END",
                "SELECT " + "@".repeat(100_000), "-- ".repeat(100_000), "SELECT " + "@'a',\n".repeat(30_000) + "1",
                "DELIMITER x\n".repeat(30_000), "SELECT " + "NOW(), ".repeat(30_000) + "1")) {
            assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
                assertParsesOrFailsCleanly(input);
                ScriptSplitter.split(input);
            }, () -> "slow on an input starting " + input.substring(0, 40));
        }
    }

    private static void assertParsesOrFailsCleanly(String input) {
        try {
            assertThat(Parser.parse(input)).isNotNull();
        } catch (SqlException expected) {
            assertThat(expected.error().message()).isNotEmpty();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parser crashed on: " + input, e);
        }
    }

    private static String mutate(Random random, String seed) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> s.setLength(at);
                default -> s.insert(at, seed, random.nextInt(seed.length()), seed.length());
            }
        }
        return s.toString();
    }

    private static String randomText(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
