package io.eventd.server.node;

import io.eventd.core.engine.Session;
import io.eventd.core.engine.StatementExecutor;
import io.eventd.core.engine.StatementResult;
import io.eventd.jdbc.TargetDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The demo of a node on embedded defaults: a table {@code demo.heartbeat} on the target and an event that inserts a
 * row into it every 10 seconds, created through the same statements a user would send.
 */
final class DemoEvent {
    static final String CREATE_EVENT = "CREATE EVENT IF NOT EXISTS demo.heartbeat ON SCHEDULE EVERY 10 SECOND "
            + "ON COMPLETION PRESERVE COMMENT 'eventd demo: a row every 10 seconds' "
            + "DO INSERT INTO demo.heartbeat (fired_at, node) VALUES (NOW(6), @@hostname)";

    private static final Logger LOG = Logger.getLogger(DemoEvent.class.getName());

    private DemoEvent() {
    }

    static void create(TargetDataSource target, StatementExecutor executor, Session root) {
        try (Connection c = target.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS demo");
            s.execute("CREATE TABLE IF NOT EXISTS demo.heartbeat (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "fired_at DATETIME(6) NOT NULL, node VARCHAR(255) NOT NULL)");
        } catch (SQLException e) {
            LOG.warning(() -> "demo table not created: " + e.getMessage());
            return;
        }
        StatementResult result = executor.execute(CREATE_EVENT, root);
        if (result.ok()) {
            LOG.info("demo event demo.heartbeat fires every 10 s: see GET /v1/events/demo/heartbeat/history");
        } else {
            LOG.warning(() -> "demo event not created: " + result.error().clientLine());
        }
    }
}
