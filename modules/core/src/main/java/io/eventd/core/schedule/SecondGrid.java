package io.eventd.core.schedule;

import io.eventd.core.time.MysqlZones;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The grid of a second-resolution interval (WEEK, DAY, HOUR, MINUTE, SECOND and the day/hour/minute composites):
 * point k is the local time {@code localStart + k * step} mapped to UTC (a DST gap maps to its start, an overlap
 * to its first occurrence), so the points never decrease and {@link #after} is simply the smallest point after
 * now. A never-stopped scheduler therefore visits every distinct point once, and resuming is closed-form.
 */
final class SecondGrid implements Grid {
    private final LocalDateTime localStart;
    private final long wallStart;
    private final long step;
    private final ZoneId zone;

    SecondGrid(long starts, long stepSeconds, ZoneId zone) {
        this.localStart = MysqlZones.toLocal(starts, zone);
        this.wallStart = Grid.wallSeconds(localStart);
        this.step = stepSeconds;
        this.zone = zone;
    }

    @Override
    public Long after(long now) {
        long elapsed = Grid.wallSeconds(MysqlZones.toLocal(now, zone)) - wallStart;
        long k = elapsed < 0 ? 1 : elapsed / step + 1;
        long point = pointAt(k);
        if (point <= now) {
            // now is in the second pass of a DST overlap, whose local times all map to the first pass (MySQL bug
            // #109858: the event pauses); the next point is the first one at or after the overlap's local end.
            LocalDateTime overlapEnd = zone.getRules().previousTransition(Instant.ofEpochSecond(now + 1))
                    .getDateTimeBefore();
            point = pointAt(Math.max(1, ceilDiv(Grid.wallSeconds(overlapEnd) - wallStart, step)));
        }
        return point;
    }

    @Override
    public Long resume(long from, long now) {
        return after(Math.max(from, now));
    }

    private long pointAt(long k) {
        return MysqlZones.toEpochSecond(localStart.plusSeconds(k * step), zone);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
