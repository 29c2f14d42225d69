package io.eventd.cluster.front;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.flakeidgen.FlakeIdGenerator;
import io.eventd.cluster.run.RunObserver;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.history.RunningExecution;
import io.eventd.core.history.RunningExecutions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Core's running-executions port on the cluster: each member keeps the bodies it runs itself (told by the engine,
 * {@link RunObserver}), with ids from a flake id generator (unique in the cluster without coordination); the list
 * asks every member for its own. Nothing is written to the cluster per run: SHOW PROCESSLIST is rare, runs are not.
 */
public final class ClusterRunningExecutions implements RunningExecutions, RunObserver {
    private static final Logger LOG = Logger.getLogger(ClusterRunningExecutions.class.getName());
    private static final String CONTEXT_KEY = ClusterRunningExecutions.class.getName();
    private static final long ANSWER_SECONDS = 5;

    private final HazelcastInstance hazelcast;
    private final FlakeIdGenerator ids;
    private final String nodeName;
    private final Map<Long, RunningExecution> here = new ConcurrentHashMap<>();

    /** The port of member {@code hazelcast} (node {@code nodeName}); the member's list requests find it. */
    public ClusterRunningExecutions(HazelcastInstance hazelcast, String nodeName) {
        this.hazelcast = hazelcast;
        this.ids = hazelcast.getFlakeIdGenerator(FrontMaps.RUNNING_IDS);
        this.nodeName = nodeName;
        answerForThisMember();
    }

    /** This port answers the member's list requests (the last one created does). */
    void answerForThisMember() {
        hazelcast.getUserContext().put(CONTEXT_KEY, this);
    }

    @Override
    public RunningExecution started(String node, String schema, String event, Account definer, Instant started,
                                    long scheduledAt) {
        RunningExecution run = new RunningExecution(ids.newId(), node, schema, event, definer, started, scheduledAt);
        here.put(run.id(), run);
        return run;
    }

    @Override
    public void finished(long id) {
        here.remove(id);
    }

    @Override
    public long started(EventDefinition event, long scheduledAt, Instant at) {
        return started(nodeName, event.schema(), event.name(), event.definer(), at, scheduledAt).id();
    }

    /** Every member's runs; a member that does not answer within 5 s is left out (and logged). */
    @Override
    public List<RunningExecution> list() {
        Map<Member, Future<ArrayList<RunningExecution>>> answers = hazelcast
                .getExecutorService(FrontMaps.QUERIES).submitToAllMembers(new RunningListTask());
        List<RunningExecution> all = new ArrayList<>();
        answers.forEach((member, answer) -> {
            try {
                all.addAll(answer.get(ANSWER_SECONDS, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warning("member " + member + " did not list its running executions: " + e);
            }
        });
        all.sort(Comparator.comparingLong(RunningExecution::id));
        return all;
    }

    /** The runs of the member {@code hazelcast} (where a list request arrived). */
    static ArrayList<RunningExecution> runningOn(HazelcastInstance hazelcast) {
        Object port = hazelcast.getUserContext().get(CONTEXT_KEY);
        return port == null ? new ArrayList<>() : new ArrayList<>(((ClusterRunningExecutions) port).here.values());
    }
}
