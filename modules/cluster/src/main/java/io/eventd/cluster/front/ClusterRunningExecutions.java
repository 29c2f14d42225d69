package io.eventd.cluster.front;

import com.hazelcast.flakeidgen.FlakeIdGenerator;
import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import io.eventd.core.event.Account;
import io.eventd.core.history.RunningExecution;
import io.eventd.core.history.RunningExecutions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Core's running-executions port on the cluster: one map entry per body running anywhere, keyed by an id from a
 * flake id generator (unique in the cluster without coordination). {@link RunningFeed} keeps it in step with the
 * engine's history records.
 */
public final class ClusterRunningExecutions implements RunningExecutions {
    private final IMap<Long, RunningExecution> running;
    private final FlakeIdGenerator ids;

    public ClusterRunningExecutions(IMap<Long, RunningExecution> running, FlakeIdGenerator ids) {
        this.running = running;
        this.ids = ids;
    }

    @Override
    public RunningExecution started(String node, String schema, String event, Account definer, Instant started,
                                    long scheduledAt) {
        RunningExecution run = new RunningExecution(ids.newId(), node, schema, event, definer, started, scheduledAt);
        running.set(run.id(), run);
        return run;
    }

    @Override
    public void finished(long id) {
        running.delete(id);
    }

    @Override
    public List<RunningExecution> list() {
        return running.values().stream().sorted(Comparator.comparingLong(RunningExecution::id)).toList();
    }

    /** The run of {@code schema.event} due at {@code scheduledAt} ended, whatever its id. */
    void finished(String schema, String event, long scheduledAt) {
        running.removeAll(Predicates.and(Predicates.equal("schema", schema), Predicates.equal("event", event),
                Predicates.equal("scheduledAt", scheduledAt)));
    }
}
