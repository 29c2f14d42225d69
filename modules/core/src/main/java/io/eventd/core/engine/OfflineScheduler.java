package io.eventd.core.engine;

import io.eventd.core.catalog.Catalog;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.schedule.Firings;
import io.eventd.core.schedule.Schedule;
import io.eventd.core.time.MysqlZones;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The scheduler of {@code eventd check}: time stands still until {@code SET TIMESTAMP} moves it forward, and then
 * every ENABLED event fires at each instant it is due up to the new time, as a scheduler that is never late would:
 * LAST_EXECUTED is the due instant, and an event whose schedule is over is disabled (PRESERVE) or dropped. A firing
 * due at the clock's current instant (AT NOW(), STARTS of now) is recorded when the clock next moves forward.
 * Bodies are not run. Each event's next due time is kept in a queue; history is never rescanned.
 */
public final class OfflineScheduler implements Scheduler {
    private record Due(long at, EventKey key) {
    }

    private static final Comparator<Due> ORDER = Comparator.comparingLong(Due::at)
            .thenComparing(d -> d.key().schema()).thenComparing(d -> d.key().foldedName());

    private final Catalog catalog;
    private final OfflineClock clock;
    private final ZoneId systemZone;
    private final TreeSet<Due> queue = new TreeSet<>(ORDER);
    private final Map<EventKey, Due> dueByKey = new HashMap<>();
    private boolean on;

    public OfflineScheduler(Catalog catalog, OfflineClock clock, ZoneId systemZone, boolean on) {
        this.catalog = catalog;
        this.clock = clock;
        this.systemZone = systemZone;
        this.on = on;
    }

    @Override
    public synchronized boolean isOn() {
        return on;
    }

    /** OFF→ON: recurring events resume at the next grid point after now, overdue one-time events are due now. */
    @Override
    public synchronized void turn(boolean turnOn, long now) {
        if (turnOn && !on) {
            for (EventDefinition event : catalog.list()) {
                if (event.status() == EventStatus.ENABLED) {
                    Long next = Firings.resume(event.schedule(), zoneOf(event), now, event.lastExecuted());
                    if (next == null) {
                        catalog.apply(event.key(), new CatalogCommand.Ended());
                        unqueue(event.key());
                    } else {
                        enqueue(event.key(), next);
                    }
                }
            }
        }
        on = turnOn;
    }

    @Override
    public synchronized void changed(EventKey key, EventDefinition stored, long now) {
        unqueue(key);
        if (stored != null && stored.status() == EventStatus.ENABLED) {
            Long first = Firings.firstDue(stored.schedule(), zoneOf(stored), now, stored.lastExecuted());
            if (first != null) {
                enqueue(key, first);
            }
        }
    }

    /** Forward: fires what is due up to {@code timestamp} (when ON), then sets the clock; backward: sets it. */
    @Override
    public synchronized void timestampSet(long timestamp) {
        if (on && timestamp > clock.now()) {
            while (!queue.isEmpty() && queue.first().at() <= timestamp) {
                fire(queue.first(), timestamp);
            }
        }
        clock.set(timestamp);
    }

    /** The instant the event is next due, null when it is not queued. */
    public synchronized Long nextDue(EventKey key) {
        Due due = dueByKey.get(key);
        return due == null ? null : due.at();
    }

    /**
     * Fires every firing of the event due from {@code due} up to {@code until} at once: only the last one is
     * visible (LAST_EXECUTED, completion), so a jump of years over an EVERY 1 SECOND event costs a few dozen
     * schedule computations, not one per second.
     */
    private void fire(Due due, long until) {
        unqueue(due.key());
        EventDefinition event = catalog.find(due.key()).orElse(null);
        if (event == null) {
            return;
        }
        ZoneId zone = zoneOf(event);
        long last = lastFiringUpTo(event.schedule(), zone, due.at(), until);
        Long next = Firings.nextAfter(event.schedule(), zone, last);
        catalog.apply(due.key(), new CatalogCommand.Fired(last, next == null));
        if (next != null) {
            enqueue(due.key(), next);
        }
    }

    /**
     * The last firing at or before {@code until} of the sequence that fires at {@code from}: a binary search over
     * {@link Firings#resume}, whose answer (the first firing after an instant) only grows with the instant.
     */
    static long lastFiringUpTo(Schedule schedule, ZoneId zone, long from, long until) {
        Long second = Firings.nextAfter(schedule, zone, from);
        if (second == null || second > until) {
            return from;
        }
        long low = from;
        long high = until;
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            Long after = Firings.resume(schedule, zone, middle, from);
            if (after == null || after > until) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private void enqueue(EventKey key, long at) {
        unqueue(key);
        Due due = new Due(at, key);
        queue.add(due);
        dueByKey.put(key, due);
    }

    private void unqueue(EventKey key) {
        Due due = dueByKey.remove(key);
        if (due != null) {
            queue.remove(due);
        }
    }

    private ZoneId zoneOf(EventDefinition event) {
        return MysqlZones.resolve(event.timeZone(), systemZone);
    }
}
