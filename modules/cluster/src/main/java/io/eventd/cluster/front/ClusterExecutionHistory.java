package io.eventd.cluster.front;

import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicate;
import com.hazelcast.query.Predicates;
import io.eventd.cluster.run.HistoryRecorder;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionHistory;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.HistoryQuery;
import io.eventd.jdbc.store.JdbcHistoryStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Core's history port on the cluster: the replicated history map the engine fills (bounded per member) answers
 * first; when it holds fewer matching runs than asked for, the rows kept in MySQL complete the answer (older runs,
 * or runs whose map entries were evicted). A run found in both counts once, as the map has it (the map is written
 * first, so it is never older). No query returns more than {@link #SCAN_LIMIT} runs.
 */
public final class ClusterExecutionHistory implements ExecutionHistory {
    private static final Logger LOG = Logger.getLogger(ClusterExecutionHistory.class.getName());
    private static final Comparator<ExecutionRecord> NEWEST_FIRST = Comparator
            .comparing(ExecutionRecord::startedAt).thenComparingLong(ExecutionRecord::scheduledAt)
            .thenComparingInt(ExecutionRecord::attempt).reversed();

    /** A run's identity, as the history table's unique key has it. */
    private record RunKey(String schema, String event, long scheduledAt, long fencingToken, int attempt) {
        static RunKey of(ExecutionRecord r) {
            return new RunKey(r.schema(), EventKey.fold(r.event()), r.scheduledAt(), r.fencingToken(), r.attempt());
        }
    }

    private final IMap<FiringKey, ExecutionRecord> recent;
    private final HistoryRecorder recorder;
    private final JdbcHistoryStore store;

    public ClusterExecutionHistory(IMap<FiringKey, ExecutionRecord> recent, JdbcHistoryStore store) {
        this.recent = recent;
        this.recorder = new HistoryRecorder(recent);
        this.store = store;
    }

    @Override
    public void record(ExecutionRecord record) {
        recorder.record(FiringKey.of(record), record);
    }

    @Override
    public List<ExecutionRecord> query(HistoryQuery query) {
        int limit = Math.min(query.limit(), SCAN_LIMIT);
        Map<RunKey, ExecutionRecord> found = new LinkedHashMap<>();
        for (ExecutionRecord record : recent.values(prefilter(query))) {
            if (query.matches(record)) {
                found.put(RunKey.of(record), record);
            }
        }
        if (found.size() < limit) {
            for (ExecutionRecord record : stored(query, limit)) {
                if (query.matches(record)) {
                    found.putIfAbsent(RunKey.of(record), record);
                }
            }
        }
        List<ExecutionRecord> newest = new ArrayList<>(found.values());
        newest.sort(NEWEST_FIRST);
        return List.copyOf(newest.subList(0, Math.min(limit, newest.size())));
    }

    private List<ExecutionRecord> stored(HistoryQuery query, int limit) {
        try {
            return store.find(new HistoryQuery(query.schema(), query.event(), query.since(),
                    query.status(), limit));
        } catch (RuntimeException e) {
            // The metadata store may be down: the replicated map still answers for recent runs.
            LOG.log(Level.WARNING, "history in MySQL unreadable: " + e.getMessage());
            return List.of();
        }
    }

    /** The filters the map can apply itself; the event name's folding is checked afterwards. */
    private static Predicate<FiringKey, ExecutionRecord> prefilter(HistoryQuery query) {
        List<Predicate<FiringKey, ExecutionRecord>> parts = new ArrayList<>();
        if (query.schema() != null) {
            parts.add(Predicates.equal("schema", query.schema()));
        }
        if (query.status() != null) {
            parts.add(Predicates.equal("status", query.status().name()));
        }
        if (query.since() != null) {
            long micros = query.since().getEpochSecond() * 1_000_000 + query.since().getNano() / 1_000;
            parts.add(Predicates.greaterEqual("startedAt", micros));
        }
        if (parts.isEmpty()) {
            return Predicates.alwaysTrue();
        }
        @SuppressWarnings("unchecked")
        Predicate<FiringKey, ExecutionRecord>[] all = parts.toArray(new Predicate[0]);
        return Predicates.and(all);
    }
}
