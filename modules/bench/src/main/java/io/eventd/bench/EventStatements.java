package io.eventd.bench;

import java.util.List;

/** The CREATE EVENT texts the benchmarks parse and execute; dates are after {@link OfflineEngine#NOW}. */
final class EventStatements {
    private static final String SIMPLE_TAIL = " ON SCHEDULE EVERY 1 HOUR DO DELETE FROM audit_log WHERE created < NOW() - INTERVAL 30 DAY";

    private static final String STARTS_ENDS_TAIL = """
             ON SCHEDULE EVERY '1:30' HOUR_MINUTE
              STARTS '2026-03-01 00:00:00' + INTERVAL 2 HOUR
              ENDS TIMESTAMP('2027-01-01') - INTERVAL 1 SECOND
            ON COMPLETION PRESERVE ENABLE COMMENT 'rotate partitions'
            DO CALL rotate_partitions('events', 7)""";

    private static final String COMPOUND_TAIL = """
             ON SCHEDULE EVERY 1 DAY STARTS CURRENT_TIMESTAMP + INTERVAL 1 DAY
            ON COMPLETION NOT PRESERVE
            DO BEGIN
              DECLARE done INT DEFAULT 0;
              DECLARE batch INT DEFAULT 1000;
              DECLARE moved INT DEFAULT 0;
              purge: LOOP
                INSERT INTO archive.orders SELECT * FROM orders WHERE closed_at < NOW() - INTERVAL 90 DAY LIMIT 1000;
                SET moved = ROW_COUNT();
                DELETE FROM orders WHERE closed_at < NOW() - INTERVAL 90 DAY LIMIT 1000;
                IF moved < batch THEN
                  LEAVE purge;
                END IF;
              END LOOP purge;
              UPDATE job_status SET last_run = NOW(), rows_moved = moved WHERE job = 'purge_orders';
              INSERT INTO job_log (job, finished) VALUES ('purge_orders', NOW());
            END""";

    /** EVERY 0 SECOND: 1542 INTERVAL is either not positive or too big. */
    static final String NOT_POSITIVE_INTERVAL =
            "CREATE EVENT bad_interval ON SCHEDULE EVERY 0 SECOND DO DELETE FROM audit_log";

    /** AT with STARTS: 1064 syntax error. */
    static final String SYNTAX_ERROR = "CREATE EVENT bad_syntax ON SCHEDULE AT '2026-06-01 00:00:00' "
            + "STARTS '2026-06-01 00:00:00' DO DELETE FROM audit_log";

    private EventStatements() {
    }

    static String simple(String name) {
        return "CREATE EVENT " + name + SIMPLE_TAIL;
    }

    static String startsEnds(String name) {
        return "CREATE EVENT " + name + STARTS_ENDS_TAIL;
    }

    static String compound(String name) {
        return "CREATE EVENT " + name + COMPOUND_TAIL;
    }

    /** One of each shape, in a fixed order, named {@code name}. */
    static List<String> mix(String name) {
        return List.of(simple(name), startsEnds(name), compound(name));
    }
}
