package io.eventd.cluster.timer;

import io.eventd.core.event.EventKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/** This member's events ordered by their next firing; one entry per event. Thread-safe. */
public final class DueQueue {
    /** A firing to hand out: the event and its scheduled instant (UTC epoch seconds). */
    public record Due(EventKey key, long at) {
    }

    private static final Comparator<Due> ORDER = Comparator.comparingLong(Due::at)
            .thenComparing(d -> d.key().schema()).thenComparing(d -> d.key().foldedName());

    private final TreeSet<Due> queue = new TreeSet<>(ORDER);
    private final Map<EventKey, Due> byKey = new HashMap<>();

    /** Replaces the event's entry; returns whether it became the head (the timer must re-check its wait). */
    public synchronized boolean put(EventKey key, long at) {
        remove(key);
        Due due = new Due(key, at);
        queue.add(due);
        byKey.put(key, due);
        return queue.first() == due;
    }

    public synchronized void remove(EventKey key) {
        Due due = byKey.remove(key);
        if (due != null) {
            queue.remove(due);
        }
    }

    /** Removes the events that match; returns their entries. */
    public synchronized List<Due> removeIf(Predicate<EventKey> which) {
        List<Due> gone = byKey.values().stream().filter(due -> which.test(due.key())).toList();
        gone.forEach(due -> remove(due.key()));
        return gone;
    }

    public synchronized Due head() {
        return queue.isEmpty() ? null : queue.first();
    }

    /** Removes and returns every event due at exactly {@code at}. */
    public synchronized List<EventKey> pollAt(long at) {
        List<EventKey> due = new ArrayList<>();
        while (!queue.isEmpty() && queue.first().at() == at) {
            Due head = queue.pollFirst();
            byKey.remove(head.key());
            due.add(head.key());
        }
        return due;
    }

    public synchronized Long nextDue(EventKey key) {
        Due due = byKey.get(key);
        return due == null ? null : due.at();
    }

    /** The events due before {@code at} (epoch seconds). */
    public synchronized List<EventKey> dueBefore(long at) {
        return queue.stream().takeWhile(due -> due.at() < at).map(Due::key).toList();
    }

    public synchronized int size() {
        return byKey.size();
    }

    /** The queued events and those of {@code others} not queued, counted under one hold of the queue's lock. */
    public synchronized int sizeWith(Collection<EventKey> others) {
        return byKey.size() + (int) others.stream().filter(key -> !byKey.containsKey(key)).count();
    }

    public synchronized void clear() {
        queue.clear();
        byKey.clear();
    }
}
