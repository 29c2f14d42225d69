package io.eventd.faults;

import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import io.eventd.server.Shutdown;
import io.eventd.server.config.NodeConfig;
import io.eventd.server.config.Settings;
import io.eventd.server.node.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * One eventd node in this JVM, wired from settings as {@code eventd server} wires it, on a MariaDB of its own kept
 * under {@code dir} (not java.io.tmpdir, which other test JVMs on the machine share).
 */
final class InProcessNode implements AutoCloseable {
    static final String ADMIN_PASSWORD = "fuzz-admin";

    private final Shutdown shutdown = new Shutdown();
    private final EmbeddedMariaDb db;
    private final Node node;

    InProcessNode(Path dir) {
        try {
            Files.createDirectories(dir);
            db = EmbeddedMariaDb.builder().workDir(Files.createTempDirectory(dir, "mariadb-")).start();
            shutdown.add("mariadb", db);
            Path admin = Files.writeString(dir.resolve("admin-password"), ADMIN_PASSWORD + "\n");
            Path target = Files.writeString(dir.resolve("target-password"), db.password().reveal());
            Map<String, String> flags = Map.ofEntries(Map.entry("http-port", "0"),
                    Map.entry("http-host", "127.0.0.1"), Map.entry("cluster-port", "" + freePort()),
                    Map.entry("cluster-name", "fuzz-" + UUID.randomUUID().toString().substring(0, 8)),
                    Map.entry("node-name", "fuzz"), Map.entry("target-url", db.jdbcUrl()),
                    Map.entry("target-user", db.user()), Map.entry("target-password-file", target.toString()),
                    Map.entry("metadata-schema", "eventd_fuzz"),
                    Map.entry("admin-password-file", admin.toString()), Map.entry("demo-event", "off"));
            node = Node.start(NodeConfig.from(Settings.of(flags, Map.of())), shutdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            shutdown.run();
            throw e;
        }
    }

    int httpPort() {
        return node.httpPort();
    }

    /** Runs statements on the node's MariaDB directly (setup). */
    void execute(String... sql) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password().reveal());
             Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        shutdown.run();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
