package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.history.ExecutionRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps each run's {@link ExecutionRecord} in the history map (backed up, bounded), which writes it behind to MySQL
 * in batches ({@link HistoryMapStore}). A record's later states (RUNNING, then SUCCESS / FAILED / ABANDONED)
 * replace the earlier one under the same key. The final records this member writes are told to its followers
 * (metrics), on the writing thread.
 */
public final class HistoryRecorder {
    private final IMap<FiringKey, ExecutionRecord> history;
    private final List<Consumer<ExecutionRecord>> followers = new CopyOnWriteArrayList<>();

    public HistoryRecorder(IMap<FiringKey, ExecutionRecord> history) {
        this.history = history;
    }

    /** {@code follower} hears of every final record written from now on, until {@link #unfollow}. */
    public void follow(Consumer<ExecutionRecord> follower) {
        followers.add(follower);
    }

    public void unfollow(Consumer<ExecutionRecord> follower) {
        followers.remove(follower);
    }

    public void record(FiringKey key, ExecutionRecord record) {
        history.set(key, record);
        written(record);
    }

    /** Several records in one call (one operation per partition). */
    public void recordAll(Map<FiringKey, ExecutionRecord> records) {
        if (!records.isEmpty()) {
            history.setAll(records);
            records.values().forEach(this::written);
        }
    }

    /** {@link #recordAll}, not waited for: the answer tells when done. */
    public CompletableFuture<Void> recordAllAsync(Map<FiringKey, ExecutionRecord> records) {
        return records.isEmpty() ? CompletableFuture.completedFuture(null)
                : history.setAllAsync(records).toCompletableFuture()
                        .thenRun(() -> records.values().forEach(this::written));
    }

    /**
     * Records {@code record} only if the run's record is still {@code expected} ({@code null}: none); false if
     * another one was recorded meanwhile.
     */
    public boolean recordIfUnchanged(FiringKey key, ExecutionRecord expected, ExecutionRecord record) {
        boolean done = expected == null ? history.putIfAbsent(key, record) == null
                : history.replace(key, expected, record);
        if (done) {
            written(record);
        }
        return done;
    }

    private void written(ExecutionRecord record) {
        if (record.status().isFinal()) {
            followers.forEach(follower -> follower.accept(record));
        }
    }

    public ExecutionRecord find(FiringKey key) {
        return history.get(key);
    }
}
