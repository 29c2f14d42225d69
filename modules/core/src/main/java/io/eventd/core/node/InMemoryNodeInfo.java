package io.eventd.core.node;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.EventKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A single-process stand-in for the cluster's node info: members, leaders, next firings, readiness and quorum are
 * set by the owner (a test, an offline tool); run-now requests are recorded and accepted by the event's leader,
 * or by this node when none is set. Thread-safe.
 */
public final class InMemoryNodeInfo implements NodeInfo {
    private static final Comparator<EventKey> KEY_ORDER =
            Comparator.comparing(EventKey::schema).thenComparing(EventKey::foldedName);

    private final String nodeName;
    private final Map<String, String> addresses = new ConcurrentHashMap<>();
    private final Map<EventKey, String> leaders = new ConcurrentHashMap<>();
    private final Map<EventKey, Long> nextFires = new ConcurrentHashMap<>();
    private final List<RunNowRequest> runRequests = new ArrayList<>();
    private volatile Readiness readiness = Readiness.ready();
    private volatile QuorumState quorum = QuorumState.single();
    private volatile SchedulerState scheduler = SchedulerState.ON;

    public InMemoryNodeInfo(String nodeName, String address) {
        this.nodeName = nodeName;
        addresses.put(nodeName, address);
    }

    public void addMember(String name, String address) {
        addresses.put(name, address);
    }

    public void setLeader(EventKey key, String node) {
        leaders.put(key, node);
    }

    public void setNextFire(EventKey key, Long epochSecond) {
        if (epochSecond == null) {
            nextFires.remove(key);
        } else {
            nextFires.put(key, epochSecond);
        }
    }

    public void setReadiness(Readiness readiness) {
        this.readiness = readiness;
    }

    public void setQuorum(QuorumState quorum) {
        this.quorum = quorum;
    }

    public void setScheduler(SchedulerState scheduler) {
        this.scheduler = scheduler;
    }

    /** The run-now requests accepted so far, oldest first. */
    public synchronized List<RunNowRequest> runRequests() {
        return List.copyOf(runRequests);
    }

    @Override
    public String nodeName() {
        return nodeName;
    }

    @Override
    public ClusterView cluster() {
        List<ClusterMember> members = new ArrayList<>();
        addresses.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(member -> members.add(
                new ClusterMember(member.getKey(), member.getValue(), member.getKey().equals(nodeName),
                        leadsOf(member.getKey()))));
        return new ClusterView(members, scheduler, quorum);
    }

    @Override
    public Optional<String> leaderOf(EventKey key) {
        return Optional.ofNullable(leaders.get(key));
    }

    @Override
    public Optional<Long> nextFire(EventKey key) {
        return Optional.ofNullable(nextFires.get(key));
    }

    @Override
    public Readiness readiness() {
        return readiness;
    }

    @Override
    public synchronized RunAccepted runNow(RunNowRequest request) {
        if (!quorum.present()) {
            throw new SqlException(EventdErrors.noQuorum());
        }
        runRequests.add(request);
        return new RunAccepted(request.key(), leaders.getOrDefault(request.key(), nodeName));
    }

    private List<EventKey> leadsOf(String node) {
        return leaders.entrySet().stream().filter(e -> e.getValue().equals(node))
                .map(Map.Entry::getKey).sorted(KEY_ORDER).toList();
    }
}
