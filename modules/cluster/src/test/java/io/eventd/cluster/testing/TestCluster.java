package io.eventd.cluster.testing;

import io.eventd.jdbc.testing.SharedMariaDb;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.ClusterSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Members of one test cluster in this JVM: a unique cluster name, free loopback ports, TCP-IP join, and one
 * metadata schema; the embedded MariaDB is the target and the metadata store.
 */
public final class TestCluster implements AutoCloseable {
    private final String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
    private final String metadataSchema;
    private final List<Integer> ports = new ArrayList<>();
    private final List<ClusterNode> nodes = new ArrayList<>();
    private final int expected;
    private ClusterNode.MemberFactory members = Hazelcast::newHazelcastInstance;

    /** Reserves {@code size} ports; a split-brain minimum of a majority of {@code size}. */
    public TestCluster(int size, String metadataSchema) {
        this.metadataSchema = metadataSchema;
        this.expected = size;
        for (int i = 0; i < size; i++) {
            ports.add(freePort());
        }
    }

    /** Members started from now on are made by {@code factory} (e.g. {@link Firewall#member}). */
    public TestCluster withMembers(ClusterNode.MemberFactory factory) {
        this.members = factory;
        return this;
    }

    public String name() {
        return name;
    }

    public String metadataSchema() {
        return metadataSchema;
    }

    public List<String> memberList() {
        return ports.stream().map(p -> "127.0.0.1:" + p).toList();
    }

    public int port(int index) {
        return ports.get(index);
    }

    /** Settings of member {@code index}: short heartbeat, 10 s body timeout. */
    public ClusterSettings settings(int index) {
        return ClusterSettings.defaults("node" + index).withClusterName(name)
                .withMembers(ports.get(index), memberList())
                .withBodyTimeout(Duration.ofSeconds(10));
    }

    /** Adds a port for one more member (the list of every member started later includes it). */
    public int addPort() {
        ports.add(freePort());
        return ports.size() - 1;
    }

    public ClusterNode start(int index) {
        return start(settings(index));
    }

    public ClusterNode start(ClusterSettings settings) {
        return start(settings, SharedMariaDb.pool().dataSource());
    }

    public ClusterNode start(ClusterSettings settings, DataSource target) {
        return start(settings, target, SharedMariaDb.pool().dataSource());
    }

    /** A member whose bodies run on {@code target} and whose own tables are on {@code metadata}. */
    public ClusterNode start(ClusterSettings settings, DataSource target, DataSource metadata) {
        return start(settings, target, metadata, new SimpleMeterRegistry());
    }

    /** {@link #start(ClusterSettings, DataSource, DataSource)}, its meters in {@code registry}. */
    public ClusterNode start(ClusterSettings settings, DataSource target, DataSource metadata,
                             MeterRegistry registry) {
        return start(settings, target, ClusterNode.MetadataPools.of(metadata), registry);
    }

    /** A member whose bodies run on {@code target} and whose own tables are reached through {@code metadata}. */
    public ClusterNode start(ClusterSettings settings, DataSource target, ClusterNode.MetadataPools metadata,
                             MeterRegistry registry) {
        ClusterNode node = ClusterNode.start(settings, target, metadata, metadataSchema, registry, members);
        synchronized (nodes) {
            nodes.add(node);
        }
        return node;
    }

    /** Starts members 0..n-1 together (each waits for the split-brain minimum). */
    public List<ClusterNode> startAll() {
        return startTogether(java.util.stream.IntStream.range(0, expected).toArray());
    }

    /** Starts the members of the given indexes together (each waits for the split-brain minimum). */
    public List<ClusterNode> startTogether(int... indexes) {
        ExecutorService pool = Executors.newFixedThreadPool(indexes.length);
        try {
            List<Future<ClusterNode>> starting = new ArrayList<>();
            for (int index : indexes) {
                starting.add(pool.submit(() -> start(index)));
            }
            List<ClusterNode> started = new ArrayList<>();
            for (Future<ClusterNode> each : starting) {
                started.add(each.get());
            }
            return started;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot start the test cluster", e);
        } finally {
            pool.shutdown();
        }
    }

    public void stop(ClusterNode node) {
        nodes.remove(node);
        node.stop();
    }

    /** Stops every member started here, and any Hazelcast member of this cluster left by a start that failed. */
    @Override
    public void close() {
        for (ClusterNode node : List.copyOf(nodes)) {
            stop(node);
        }
        Hazelcast.getAllHazelcastInstances().stream()
                .filter(member -> member.getConfig().getClusterName().equals(name))
                .forEach(HazelcastInstance::shutdown);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
