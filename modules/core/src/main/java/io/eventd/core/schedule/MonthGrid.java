package io.eventd.core.schedule;

import io.eventd.core.time.MysqlZones;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The grid of a month-resolution interval (YEAR, QUARTER, MONTH, YEAR_MONTH) with MySQL's double clamp: for now's
 * month period the candidate is {@code c = localStart + (dm - dm % M)} months; when c is not after now the next
 * point is {@code c + M} months, added to c (day clamped again), not to STARTS. Anchors on days 29-31 therefore
 * fire a clamped point and then the regular one in some months (01-31: 02-28, 03-28, 03-31, ...).
 */
final class MonthGrid implements Grid {
    /** Beyond this many months from any STARTS the year passes 9999, where MySQL's date arithmetic gives up. */
    private static final long MAX_MONTHS = 12 * 10_000L;

    private final LocalDateTime localStart;
    private final long months;
    private final ZoneId zone;

    MonthGrid(long starts, long months, ZoneId zone) {
        this.localStart = MysqlZones.toLocal(starts, zone);
        this.months = months;
        this.zone = zone;
    }

    @Override
    public Long after(long now) {
        LocalDateTime candidate = periodStart(periodOf(now));
        long point = MysqlZones.toEpochSecond(candidate, zone);
        if (point > now) {
            return point;
        }
        return months > MAX_MONTHS ? null : MysqlZones.toEpochSecond(candidate.plusMonths(months), zone);
    }

    /**
     * Every regular point {@code localStart + j * M} after {@code from} is on the never-stopped sequence (each
     * clamped point is followed by the regular point of its month), so the walk starts at the last regular point
     * at or before now and needs a few steps only.
     */
    @Override
    public Long resume(long from, long now) {
        long period = periodOf(now);
        long regular = MysqlZones.toEpochSecond(periodStart(period), zone);
        if (regular > now && period > 0) {
            regular = MysqlZones.toEpochSecond(periodStart(period - 1), zone);
        }
        Long next = after(regular > from && regular <= now ? regular : from);
        while (next != null && next <= now) {
            next = after(next);
        }
        return next;
    }

    /** The index j of the period whose regular point is in now's local month, or the last one before it. */
    private long periodOf(long now) {
        LocalDateTime localNow = MysqlZones.toLocal(now, zone);
        long dm = (localNow.getYear() - localStart.getYear()) * 12L
                + (localNow.getMonthValue() - localStart.getMonthValue());
        // A local month before STARTS' one (an offset change just after STARTS) counts as STARTS' period.
        return Math.max(0, dm) / months;
    }

    private LocalDateTime periodStart(long period) {
        return localStart.plusMonths(period * months);
    }
}
