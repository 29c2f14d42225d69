package io.eventd.core.language;

import java.util.List;

/** Valid statements of every kind the parser serves, over the events {@link #SETUP} creates. */
final class StatementCorpus {
    /** The events every robustness engine starts with. */
    static final List<String> SETUP = List.of(
            "CREATE EVENT e1 ON SCHEDULE EVERY 1 HOUR STARTS '2026-01-01 00:00:00' ON COMPLETION PRESERVE "
                    + "COMMENT 'hourly' DO SELECT 1",
            "CREATE EVENT other.e2 ON SCHEDULE AT '2027-01-01 00:00:00' DO BEGIN SELECT 1; END",
            "CREATE EVENT `Ünï code` ON SCHEDULE EVERY '1:30' HOUR_MINUTE ENDS '2030-01-01' DISABLE DO SELECT 2",
            "CREATE DEFINER = 'app'@'localhost' EVENT e4 ON SCHEDULE EVERY 1 MONTH STARTS '2026-01-31 10:00:00' "
                    + "DISABLE ON SLAVE DO UPDATE t SET c = 'END;'");

    static final List<String> STATEMENTS = List.of(
            "CREATE DEFINER = CURRENT_USER EVENT IF NOT EXISTS test.e5 ON SCHEDULE EVERY '2-5' YEAR_MONTH "
                    + "STARTS '2026-02-01' ENDS '2040-01-01 00:00:00' ON COMPLETION NOT PRESERVE ENABLE "
                    + "COMMENT 'it''s \\\\ ü' DO BEGIN IF @x THEN SELECT 'END;'; END IF; END",
            "CREATE EVENT e6 ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 1 DAY + INTERVAL 2 HOUR DO SELECT 1",
            "CREATE EVENT e1 ON SCHEDULE EVERY 50 + 10 MINUTE DO SELECT 1",
            "CREATE EVENT e7 ON SCHEDULE EVERY 1 DAY_SECOND STARTS NOW() DISABLE ON REPLICA DO "
                    + "l: LOOP LEAVE l; END LOOP l",
            "CREATE EVENT e8 ON SCHEDULE AT '2025-01-01 00:00:00' ON COMPLETION PRESERVE DO SELECT 1",
            "CREATE EVENT e9 ON SCHEDULE EVERY 1 SECOND ENDS NOW() + INTERVAL 10 SECOND DO "
                    + "WHILE @i < 3 DO SET @i = @i + 1; END WHILE",
            "ALTER EVENT e1 ON SCHEDULE EVERY 2 HOUR STARTS '2026-01-01 00:30:00' ON COMPLETION PRESERVE "
                    + "RENAME TO e1b DISABLE COMMENT 'x' DO REPEAT SELECT 1; UNTIL 1 END REPEAT",
            "ALTER DEFINER = root@localhost EVENT other.e2 ON COMPLETION PRESERVE",
            "ALTER EVENT `Ünï code` ENABLE",
            "ALTER EVENT e4 RENAME TO other.e4",
            "ALTER EVENT e1 ON SCHEDULE AT TIMESTAMP '2030-01-01' + INTERVAL 1 HOUR",
            "ALTER EVENT e1 DO CASE @x WHEN 1 THEN SELECT 1; ELSE SELECT 2; END CASE",
            "DROP EVENT e1",
            "DROP EVENT IF EXISTS `a``b`.`c`",
            "SHOW EVENTS",
            "SHOW EVENTS FROM other LIKE 'e%'",
            "SHOW EVENTS IN test WHERE Status = 'ENABLED' AND `Interval value` IS NOT NULL",
            "SHOW CREATE EVENT e1",
            "SHOW CREATE EVENT other.E2",
            "SHOW WARNINGS",
            "SHOW WARNINGS LIMIT 1",
            "SHOW VARIABLES LIKE 'event%'",
            "SHOW GLOBAL VARIABLES WHERE Variable_name = 'time_zone'",
            "SELECT EVENT_NAME, STATUS, INTERVAL_VALUE FROM information_schema.EVENTS "
                    + "WHERE EVENT_SCHEMA IN ('test', 'other') AND EVENT_NAME LIKE 'e_' ORDER BY 1 DESC LIMIT 1, 2",
            "SELECT COUNT(*) FROM information_schema.EVENTS WHERE LAST_EXECUTED IS NULL",
            "SELECT * FROM information_schema.EVENTS",
            "SELECT NOW(), @@time_zone, 1 + 2 * 3, CONCAT('a', 'b'), DATE_ADD('2026-01-31', INTERVAL 1 MONTH)",
            "SELECT CASE WHEN 1 BETWEEN 0 AND 2 THEN 'y' ELSE 'n' END, IFNULL(NULL, 3), -9223372036854775808",
            "SET @a = 1, @b := 'x'",
            "SET time_zone = '+05:30'",
            "SET time_zone = 'Europe/Berlin', sql_mode = 'ANSI_QUOTES'",
            "SET TIMESTAMP = UNIX_TIMESTAMP('2026-01-01 03:00:00')",
            "SET TIMESTAMP = DEFAULT",
            "SET GLOBAL event_scheduler = OFF",
            "SET GLOBAL event_scheduler = ON",
            "SET @@session.time_zone = DEFAULT",
            "USE other",
            "USE test",
            "CREATE DATABASE IF NOT EXISTS db2",
            "CREATE SCHEMA db3",
            "DROP DATABASE IF EXISTS db2",
            "DROP SCHEMA other",
            "/*!80000 SELECT */ 1 -- c\n# d\n");

    private StatementCorpus() {
    }
}
