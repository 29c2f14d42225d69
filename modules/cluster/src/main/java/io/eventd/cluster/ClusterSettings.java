package io.eventd.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a member needs to join its cluster and run events, typed and validated here. Build it with
 * {@link #defaults(String)} and the {@code with…} methods.
 *
 * @param members               static member list ({@code host:port}, one address each); empty = a single member
 * @param serviceDns            the headless service's DNS name, used with {@link Discovery#KUBERNETES_DNS}
 * @param expectedMembers       the cluster size operators plan for; the split-brain minimum defaults to its majority
 * @param splitBrainMinimum     members a side needs to keep firing and changing the catalog (0 = the default)
 * @param bodyTimeout           how long one body may run; the event lock's lease is longer
 * @param runThreads            threads running bodies (the timer thread only hands firings to them)
 * @param historyInMemory       execution records kept in memory per member (older ones remain in MySQL)
 * @param abandonedPolicy       what a new owner does with a run cut off by its member's death
 */
public record ClusterSettings(
        String clusterName,
        String nodeName,
        int port,
        List<String> members,
        Discovery discovery,
        String serviceDns,
        Duration heartbeat,
        Duration maxNoHeartbeat,
        int expectedMembers,
        int splitBrainMinimum,
        Duration bodyTimeout,
        int runThreads,
        int historyInMemory,
        AbandonedPolicy abandonedPolicy) {

    public static final int DEFAULT_PORT = 5701;

    /** How members find each other. */
    public enum Discovery { TCP_IP, KUBERNETES_DNS }

    public ClusterSettings {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(maxNoHeartbeat, "maxNoHeartbeat");
        Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        Objects.requireNonNull(abandonedPolicy, "abandonedPolicy");
        members = List.copyOf(members);
        require(port > 0 && port < 65536, "port must be 1-65535, got " + port);
        for (String member : members) {
            require(member.matches("[^:,\\s]+:\\d{1,5}"), "a member is host:port, got '" + member + "'");
        }
        require(discovery != Discovery.KUBERNETES_DNS || serviceDns != null && !serviceDns.isBlank(),
                "kubernetes-dns discovery needs the service DNS name");
        require(heartbeat.toMillis() >= 1000 && heartbeat.toMillis() % 1000 == 0,
                "heartbeat is whole seconds, at least 1 s");
        require(maxNoHeartbeat.compareTo(heartbeat) > 0 && maxNoHeartbeat.toMillis() % 1000 == 0,
                "max-no-heartbeat is whole seconds, longer than the heartbeat");
        require(expectedMembers >= 1, "expected members must be at least 1");
        require(splitBrainMinimum >= 0, "split-brain minimum must not be negative");
        require(!bodyTimeout.isNegative() && !bodyTimeout.isZero(), "body timeout must be positive");
        require(runThreads >= 1, "run threads must be at least 1");
        require(historyInMemory >= 1, "history size must be at least 1");
    }

    /** One member on {@value #DEFAULT_PORT}, heartbeat 1 s, silent member dropped after 5 s, bodies up to 60 s. */
    public static ClusterSettings defaults(String nodeName) {
        return new ClusterSettings("eventd", nodeName, DEFAULT_PORT, List.of(), Discovery.TCP_IP, null,
                Duration.ofSeconds(1), Duration.ofSeconds(5), 1, 0, Duration.ofSeconds(60), 4, 10_000,
                AbandonedPolicy.SKIP);
    }

    public ClusterSettings withClusterName(String name) {
        return new ClusterSettings(name, nodeName, port, members, discovery, serviceDns, heartbeat, maxNoHeartbeat,
                expectedMembers, splitBrainMinimum, bodyTimeout, runThreads, historyInMemory, abandonedPolicy);
    }

    /** Static TCP-IP members; the expected size becomes the list's size (this member included in it). */
    public ClusterSettings withMembers(int ownPort, List<String> memberList) {
        return new ClusterSettings(clusterName, nodeName, ownPort, memberList, Discovery.TCP_IP, null, heartbeat,
                maxNoHeartbeat, Math.max(1, memberList.size()), splitBrainMinimum, bodyTimeout, runThreads,
                historyInMemory, abandonedPolicy);
    }

    public ClusterSettings withKubernetesDns(String dnsName, int expected) {
        return new ClusterSettings(clusterName, nodeName, port, List.of(), Discovery.KUBERNETES_DNS, dnsName,
                heartbeat, maxNoHeartbeat, expected, splitBrainMinimum, bodyTimeout, runThreads, historyInMemory,
                abandonedPolicy);
    }

    public ClusterSettings withFailureDetection(Duration heartbeatInterval, Duration maxSilence) {
        return new ClusterSettings(clusterName, nodeName, port, members, discovery, serviceDns, heartbeatInterval,
                maxSilence, expectedMembers, splitBrainMinimum, bodyTimeout, runThreads, historyInMemory,
                abandonedPolicy);
    }

    public ClusterSettings withSplitBrainMinimum(int minimum) {
        return new ClusterSettings(clusterName, nodeName, port, members, discovery, serviceDns, heartbeat,
                maxNoHeartbeat, expectedMembers, minimum, bodyTimeout, runThreads, historyInMemory, abandonedPolicy);
    }

    public ClusterSettings withBodyTimeout(Duration timeout) {
        return new ClusterSettings(clusterName, nodeName, port, members, discovery, serviceDns, heartbeat,
                maxNoHeartbeat, expectedMembers, splitBrainMinimum, timeout, runThreads, historyInMemory,
                abandonedPolicy);
    }

    public ClusterSettings withAbandonedPolicy(AbandonedPolicy policy) {
        return new ClusterSettings(clusterName, nodeName, port, members, discovery, serviceDns, heartbeat,
                maxNoHeartbeat, expectedMembers, splitBrainMinimum, bodyTimeout, runThreads, historyInMemory, policy);
    }

    /** The split-brain minimum in force: as configured, else a majority of the expected members (1 alone). */
    public int effectiveSplitBrainMinimum() {
        return splitBrainMinimum > 0 ? splitBrainMinimum : expectedMembers / 2 + 1;
    }

    /** The event lock's lease: longer than any body may run, so only a dead holder ever loses it. */
    public Duration lockLease() {
        return bodyTimeout.plus(bodyTimeout).plusSeconds(10);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
