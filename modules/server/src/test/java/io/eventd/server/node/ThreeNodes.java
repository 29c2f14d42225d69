package io.eventd.server.node;

import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.eventd.server.Shutdown;
import io.eventd.server.config.NodeConfig;
import io.eventd.server.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Three real eventd nodes in this JVM, wired exactly as {@code eventd server} wires them (from settings), on
 * loopback, against the shared embedded MariaDB as target and metadata store, with an admin password.
 */
final class ThreeNodes implements AutoCloseable {
    static final String ADMIN_PASSWORD = "s3cret-admin";

    private final List<Node> nodes = new ArrayList<>();
    private final List<Shutdown> shutdowns = new ArrayList<>();
    private final String metadataSchema = SharedMariaDb.uniqueName("meta");

    ThreeNodes(Path dir) throws IOException {
        EmbeddedMariaDb db = SharedMariaDb.server();
        Path adminPassword = Files.writeString(dir.resolve("admin-password"), ADMIN_PASSWORD + "\n");
        Path targetPassword = Files.writeString(dir.resolve("target-password"), db.password().reveal());
        List<Integer> clusterPorts = List.of(freePort(), freePort(), freePort());
        String members = String.join(",", clusterPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        String clusterName = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        List<CompletableFuture<Node>> starting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, String> flags = new HashMap<>();
            flags.put("http-port", "0");
            flags.put("http-host", "127.0.0.1");
            flags.put("cluster-port", clusterPorts.get(i).toString());
            flags.put("cluster-name", clusterName);
            flags.put("members", members);
            flags.put("node-name", "node" + i);
            flags.put("target-url", db.jdbcUrl());
            flags.put("target-user", db.user());
            flags.put("target-password-file", targetPassword.toString());
            flags.put("metadata-schema", metadataSchema);
            flags.put("admin-password-file", adminPassword.toString());
            NodeConfig config = NodeConfig.from(Settings.of(flags, Map.of()));
            Shutdown shutdown = new Shutdown();
            shutdowns.add(shutdown);
            starting.add(CompletableFuture.supplyAsync(() -> Node.start(config, shutdown)));
        }
        for (CompletableFuture<Node> node : starting) {
            nodes.add(node.join());
        }
    }

    int httpPort(int index) {
        return nodes.get(index).httpPort();
    }

    /** The schema of eventd's own tables (claims, history) the nodes share. */
    public String metadataSchema() {
        return metadataSchema;
    }

    @Override
    public void close() {
        shutdowns.parallelStream().forEach(Shutdown::run);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
