package io.eventd.cluster.run;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;
import io.eventd.cluster.AbandonedPolicy;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.cluster.runtime.HandOverProcessor;
import io.eventd.cluster.runtime.ReleaseProcessor;
import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.cluster.timer.DueQueue;
import io.eventd.cluster.timer.NextFiring;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.cluster.catalog.CatalogCommandProcessor;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The events this member schedules: those whose catalog partition it owns (DESIGN invariant 2). Ownership is
 * re-read from the partition table (never a catalog scan) whenever partitions migrate or members come and go; the
 * keys of gained partitions come from {@code localKeySet()}. Picking an event up also closes a run cut off by its
 * member's death (ABANDONED; re-run under {@link AbandonedPolicy#RERUN}).
 *
 * <p>A periodic {@link #audit()} is the safety net of that bookkeeping: an owned, enabled event found neither queued
 * nor known to be finished twice in a row (a key read while its partition was still migrating, a pick-up that
 * failed) is picked up, with a warning. Events of partitions lost while this member lives are marked handed over,
 * so the member that gained them runs every firing due in between.
 */
public final class OwnedEvents implements FiringClaims.Rescheduler {
    private static final Logger LOG = Logger.getLogger(OwnedEvents.class.getName());
    private static final long SETTLING_MILLIS = 5_000;
    private static final long HAND_OVER_HORIZON_SECONDS = 600;
    static final String MEMBER_GONE = "the member running it left the cluster before the run ended";

    private final HazelcastInstance hazelcast;
    private final EngineMaps maps;
    private final NextFiring next;
    private final DueQueue queue;
    private final Runnable wakeTimer;
    private final HistoryRecorder history;
    private final EngineMetrics metrics;
    private final AbandonedPolicy abandonedPolicy;
    private final Rerun rerun;
    private final BooleanSupplier schedulerOn;
    private final Set<Integer> ownedPartitions = new HashSet<>();
    private final Set<EventKey> retry = new HashSet<>();
    /** Owned events with no next firing (disabled, ended): accounted for, so the audit leaves them alone. */
    private final Set<EventKey> unscheduled = ConcurrentHashMap.newKeySet();
    /** Events handed to the firing pipeline whose next firing is not computed yet, with the instant claimed. */
    private final Map<EventKey, Long> inFlight = new ConcurrentHashMap<>();
    /** Partitions gained in the last {@link #SETTLING_MILLIS}, with when. */
    private final Map<Integer, Long> gainedAt = new HashMap<>();
    /** Owned events the last audit found unaccounted for, with their last claimed firing then. */
    private Map<EventKey, Long> missingAtLastAudit = Map.of();
    /** Events handed over gracefully whose missed firings are being run one after another. */
    private final Set<EventKey> catchingUp = ConcurrentHashMap.newKeySet();

    /** Runs an abandoned firing again (attempt > 1), on the run executor. */
    @FunctionalInterface
    public interface Rerun {
        void fire(EventKey key, long scheduledAt, int attempt);
    }

    public OwnedEvents(HazelcastInstance hazelcast, EngineMaps maps, NextFiring next, DueQueue queue,
                       Runnable wakeTimer, HistoryRecorder history, EngineMetrics metrics,
                       AbandonedPolicy abandonedPolicy, Rerun rerun, BooleanSupplier schedulerOn) {
        this.hazelcast = hazelcast;
        this.maps = maps;
        this.next = next;
        this.queue = queue;
        this.wakeTimer = wakeTimer;
        this.history = history;
        this.metrics = metrics;
        this.abandonedPolicy = abandonedPolicy;
        this.rerun = rerun;
        this.schedulerOn = schedulerOn;
    }

    /** Re-reads which partitions this member owns; picks up the events of gained ones, drops those of lost ones. */
    public synchronized void reconcile() {
        Set<Integer> now = new HashSet<>();
        for (Partition partition : hazelcast.getPartitionService().getPartitions()) {
            Member owner = partition.getOwner();
            if (owner != null && owner.localMember()) {
                now.add(partition.getPartitionId());
            }
        }
        Set<Integer> lost = new HashSet<>(ownedPartitions);
        lost.removeAll(now);
        Set<Integer> gained = new HashSet<>(now);
        gained.removeAll(ownedPartitions);
        ownedPartitions.clear();
        ownedPartitions.addAll(now);
        if (!lost.isEmpty()) {
            List<DueQueue.Due> moved = queue.removeIf(key -> lost.contains(partitionOf(key)));
            catchingUp.removeIf(key -> lost.contains(partitionOf(key)));
            unscheduled.removeIf(key -> lost.contains(partitionOf(key)));
            long horizon = handOverHorizon();
            markHandedOver(moved.stream().filter(due -> due.at() < horizon).map(DueQueue.Due::key).toList());
        }
        long nowMillis = System.currentTimeMillis();
        gained.forEach(partition -> gainedAt.put(partition, nowMillis));
        gainedAt.values().removeIf(at -> at < nowMillis - SETTLING_MILLIS);
        if (!gainedAt.isEmpty()) {
            // A partition's keys can be missing from localKeySet() while its migration completes: look again at
            // each check for a few seconds.
            unaccounted(key -> gainedAt.containsKey(partitionOf(key))).forEach(this::pickUpOrRetry);
        }
        for (EventKey key : Set.copyOf(retry)) {
            retry.remove(key);
            changed(key);
        }
    }

    /**
     * Picks up the owned events that two audits in a row found neither queued nor finished, and that were not
     * claimed in between: an event caught twice on its way between the queue and the claiming thread (a busy
     * machine stretches that moment) has fired meanwhile, so it is not missing.
     */
    public synchronized void audit() {
        Set<EventKey> missing = unaccounted(key -> true);
        Map<EventKey, Long> claimedNow = lastClaims(missing);
        for (EventKey key : missing) {
            if (missingAtLastAudit.containsKey(key)
                    && Objects.equals(missingAtLastAudit.get(key), claimedNow.get(key))) {
                LOG.warning("event " + key + " was owned by this member but not scheduled; picking it up");
                metrics.pickedUpByAudit();
                pickUpOrRetry(key);
                claimedNow.remove(key);
            }
        }
        missingAtLastAudit = claimedNow;
    }

    /** The last claimed firing of each of {@code keys} (-1 when never claimed). */
    private Map<EventKey, Long> lastClaims(Set<EventKey> keys) {
        Map<EventKey, Long> last = new HashMap<>();
        if (keys.isEmpty()) {
            return last;
        }
        Map<EventKey, RuntimeState> states = maps.runtime().getAll(keys);
        for (EventKey key : keys) {
            RuntimeState state = states.get(key);
            last.put(key, state == null || state.lastClaimedAt() == null ? -1L : state.lastClaimedAt());
        }
        return last;
    }

    /** Owned events matching {@code which} that are neither being claimed, queued, finished nor retried. */
    private Set<EventKey> unaccounted(Predicate<EventKey> which) {
        Set<EventKey> missing = new HashSet<>();
        for (EventKey key : maps.catalog().localKeySet()) {
            // In flight first: the pipeline queues an event again before it lets go of it.
            if (which.test(key) && ownedPartitions.contains(partitionOf(key)) && !inFlight.containsKey(key)
                    && queue.nextDue(key) == null && !unscheduled.contains(key) && !retry.contains(key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    /**
     * A firing of the event failed before it was re-queued (split-brain protection, a member shutting down): its
     * next firing is computed again at the next {@link #reconcile()}.
     */
    public synchronized void retryLater(EventKey key) {
        retry.add(key);
    }

    /**
     * The firing pipeline took these events off the queue to claim their firings at {@code at} (an abandoned run's
     * re-run of an earlier instant does not hide the in-flight claim of a later one).
     */
    void claiming(long at, List<EventKey> keys) {
        keys.forEach(key -> inFlight.merge(key, at, Math::max));
    }

    /**
     * The pipeline is done with their firings at {@code at}: each is queued again, finished, or retried. An event
     * whose next firing was queued and taken by the timer meanwhile (a claim running late) stays in flight for it.
     */
    void claimed(long at, List<EventKey> keys) {
        keys.forEach(key -> inFlight.remove(key, at));
    }

    /**
     * This member was on the minority side of a split and merged into the majority: Hazelcast dropped its copy of
     * the maps and rebuilt its partition table. What it owned then (every partition, as the only member of its side)
     * and had queued says nothing any more, so it is forgotten and every partition it owns now counts as gained.
     * Without this, a merge that no check happened to catch half-way (owning nothing) left the partitions it owned
     * both before and after looking unchanged, and their events waited for the audit.
     */
    public synchronized void merged() {
        ownedPartitions.clear();
        gainedAt.clear();
        retry.clear();
        missingAtLastAudit = Map.of();
        queue.clear();
        catchingUp.clear();
        unscheduled.clear();
        reconcile();
    }

    /** event_scheduler turned ON: every owned event resumes from now, nothing missed is caught up (rule 8). */
    public synchronized void resumeAll() {
        for (EventKey key : maps.catalog().localKeySet()) {
            pickUp(key, true);
        }
    }

    /** The event was created, altered or loaded: (re)compute its next firing if this member owns it. */
    public synchronized void changed(EventKey key) {
        if (ownedPartitions.contains(partitionOf(key))) {
            pickUpOrRetry(key);
        }
    }

    public void removed(EventKey key) {
        queue.remove(key);
        catchingUp.remove(key);
        unscheduled.remove(key);
    }

    /**
     * This member leaves gracefully and nothing runs on it any more: each event it schedules is marked handed over,
     * so its next owner runs every firing missed meanwhile, however long leaving took (a killed member marks
     * nothing: its events resume as after a late timer).
     */
    public void handOver() {
        maps.runtime().executeOnKeys(Set.copyOf(queue.dueBefore(handOverHorizon())), new HandOverProcessor());
    }

    /**
     * Only events due before this instant are marked handed over: leaving takes far less (the server's shutdown
     * budget is 30 s), so a later firing cannot be missed; marking a million events due far in the future would be
     * one entry-processor call over every key, spending that budget for nothing.
     */
    private static long handOverHorizon() {
        return Instant.now().getEpochSecond() + HAND_OVER_HORIZON_SECONDS;
    }

    @Override
    public Long scheduleAfter(EventDefinition event, long firedAt) {
        EventKey key = event.key();
        long now = Instant.now().getEpochSecond();
        Long following = next.afterFiring(event, firedAt, now, catchingUp.contains(key));
        if (following == null || following >= now - NextFiring.LATE_CATCH_UP_SECONDS) {
            catchingUp.remove(key);
        }
        if (following == null) {
            unscheduled.add(key);
        } else if (owns(key)) {
            enqueue(key, following);
        }
        return following;
    }

    /** Events this member schedules: queued, or taken off the queue to be claimed and not queued again yet. */
    public int size() {
        return queue.sizeWith(inFlight.keySet());
    }

    private void pickUpOrRetry(EventKey key) {
        try {
            pickUp(key, false);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "picking up " + key + " failed; retrying", e);
            retry.add(key);
        }
    }

    /** Best effort: without the mark the new owner still runs what was missed in the last few seconds. */
    private void markHandedOver(List<EventKey> moved) {
        if (moved.isEmpty()) {
            return;
        }
        try {
            maps.runtime().executeOnKeys(Set.copyOf(moved), new HandOverProcessor());
        } catch (RuntimeException e) {
            LOG.warning("cannot mark " + moved.size() + " events handed over: " + e.getMessage());
        }
    }

    private void pickUp(EventKey key, boolean resume) {
        EventDefinition event = maps.catalog().get(key);
        RuntimeState state = maps.runtime().get(key);
        if (state != null && state.running()) {
            closeIfAbandoned(key, state);
            state = maps.runtime().get(key);
        }
        if (event == null || event.status() != EventStatus.ENABLED) {
            queue.remove(key);
            unscheduled.add(key);
            return;
        }
        if (state != null && state.handedOver() && !resume) {
            catchingUp.add(key);
        } else {
            catchingUp.remove(key);
        }
        long now = Instant.now().getEpochSecond();
        Long due = resume ? next.onResume(event, state, now) : next.onPickUp(event, state, now);
        if (due != null) {
            unscheduled.remove(key);
            enqueue(key, due);
        } else {
            queue.remove(key);
            unscheduled.add(key);
            // As in MySQL, an event whose schedule ended while event_scheduler was OFF is disabled or dropped only
            // once the scheduler runs again (resumeAll), not by a DDL or a migration that picks it up meanwhile.
            if ((state == null || !state.running()) && schedulerOn.getAsBoolean()) {
                maps.catalog().executeOnKey(key, new CatalogCommandProcessor(new CatalogCommand.Ended()));
            }
        }
    }

    private void closeIfAbandoned(EventKey key, RuntimeState state) {
        Set<String> alive = hazelcast.getCluster().getMembers().stream().map(m -> m.getUuid().toString())
                .collect(Collectors.toSet());
        if (alive.contains(state.runningMember())
                || !maps.runtime().executeOnKey(key, new ReleaseProcessor(state.runningToken()))) {
            return;
        }
        FiringKey firing = new FiringKey(key.schema(), key.foldedName(), state.runningAt(), state.attempt());
        ExecutionRecord running = history.find(firing);
        if (running == null) {
            running = Records.lostRunning(key.schema(), key.foldedName(), state.runningAt(), state.runningNode(),
                    state.attempt(), state.runningToken());
        }
        history.record(firing, Records.abandoned(running, Instant.now(), MEMBER_GONE));
        metrics.execution(ExecutionStatus.ABANDONED);
        if (abandonedPolicy == AbandonedPolicy.RERUN) {
            rerun.fire(key, state.runningAt(), state.attempt() + 1);
        }
    }

    private void enqueue(EventKey key, long at) {
        if (queue.put(key, at)) {
            wakeTimer.run();
        }
    }

    private boolean owns(EventKey key) {
        Member owner = hazelcast.getPartitionService().getPartition(key).getOwner();
        return owner != null && owner.localMember();
    }

    private int partitionOf(EventKey key) {
        return hazelcast.getPartitionService().getPartition(key).getPartitionId();
    }
}
