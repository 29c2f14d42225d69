package io.eventd.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A cluster of eventd node processes on loopback, with static membership (so the expected size, and with it the
 * split-brain minimum, is the member count), against one {@link FaultDatabase} as target and metadata store.
 */
final class ProcessCluster implements AutoCloseable {
    static final String ADMIN_PASSWORD = "faults-admin";
    static final Duration START_LIMIT = Duration.ofSeconds(90);

    private final List<NodeProcess> nodes = new ArrayList<>();

    ProcessCluster(int size, FaultDatabase db, String metadataSchema, Path dir) {
        try {
            Files.createDirectories(dir);
            Path admin = Files.writeString(dir.resolve("admin-password"), ADMIN_PASSWORD + "\n");
            Path target = Files.writeString(dir.resolve("target-password"), db.password().reveal());
            List<Integer> clusterPorts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                clusterPorts.add(freePort());
            }
            String members = String.join(",", clusterPorts.stream().map(p -> "127.0.0.1:" + p).toList());
            String clusterName = "faults-" + UUID.randomUUID().toString().substring(0, 8);
            for (int i = 0; i < size; i++) {
                int httpPort = freePort();
                List<String> flags = List.of("--http-port=" + httpPort, "--http-host=127.0.0.1",
                        "--cluster-port=" + clusterPorts.get(i), "--cluster-name=" + clusterName,
                        "--members=" + members, "--node-name=node" + i, "--target-url=" + db.jdbcUrl(),
                        "--target-user=" + db.user(), "--target-password-file=" + target,
                        "--metadata-schema=" + metadataSchema, "--admin-password-file=" + admin,
                        "--demo-event=off", "--data-dir=" + dir.resolve("data" + i));
                nodes.add(new NodeProcess("node" + i, httpPort, flags, dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<NodeProcess> nodes() {
        return nodes;
    }

    NodeProcess node(int index) {
        return nodes.get(index);
    }

    /** Starts every member at once and waits until all are ready. */
    void startAll() {
        nodes.forEach(NodeProcess::start);
        nodes.forEach(ProcessCluster::awaitReady);
    }

    static void awaitReady(NodeProcess node) {
        await("ready " + node).atMost(START_LIMIT).pollInterval(Duration.ofMillis(200)).until(node::ready);
    }

    /** A member that is up and ready, to talk HTTP to. */
    NodeProcess anyReady() {
        return nodes.stream().filter(NodeProcess::ready).findFirst()
                .orElseThrow(() -> new IllegalStateException("no member is ready: " + nodes));
    }

    @Override
    public void close() {
        nodes.parallelStream().forEach(NodeProcess::destroy);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
