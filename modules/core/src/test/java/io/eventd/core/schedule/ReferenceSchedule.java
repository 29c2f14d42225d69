package io.eventd.core.schedule;

import io.eventd.core.time.MysqlZones;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A deliberately naive model of MySQL's {@code compute_next_execution_time}: second units step the local grid
 * from STARTS one interval at a time, month units apply MySQL's {@code c}/{@code next} formula on year and month
 * fields. Only for short schedules (a few thousand points).
 */
final class ReferenceSchedule {
    private final Schedule.Recurring schedule;
    private final ZoneId zone;

    ReferenceSchedule(Schedule.Recurring schedule, ZoneId zone) {
        this.schedule = schedule;
        this.zone = zone;
    }

    /** MySQL's recomputation at {@code now} with {@code lastExecuted}, rules 3 to 5, ENDS and the last instant. */
    Long due(long now, Long lastExecuted) {
        Long ends = schedule.ends();
        if (ends != null && now > ends) {
            return null;
        }
        long starts = schedule.starts();
        Long next;
        if (now <= starts && !(now == starts && Objects.equals(lastExecuted, starts))) {
            next = starts;
        } else {
            next = schedule.interval().isMonthBased() ? monthAfter(now) : stepAfter(now);
        }
        return next == null || next > Firings.LAST_INSTANT || ends != null && next > ends ? null : next;
    }

    /** The firing a never-stopped scheduler makes after the one at {@code firedAt}. */
    Long next(long firedAt) {
        return due(firedAt, firedAt);
    }

    /** Walks the never-stopped sequence from {@code lastFiring} (or STARTS, which counts when it is now). */
    Long resume(long now, Long lastFiring) {
        Long point;
        if (lastFiring == null || lastFiring < schedule.starts()) {
            point = schedule.starts();
            if (point >= now) {
                return due(point, null);
            }
        } else {
            point = lastFiring;
        }
        do {
            point = next(point);
        } while (point != null && point <= now);
        return point;
    }

    private Long stepAfter(long now) {
        long step = schedule.interval().baseAmount();
        LocalDateTime local = MysqlZones.toLocal(schedule.starts(), zone);
        long instant;
        do {
            local = local.plusSeconds(step);
            instant = MysqlZones.toEpochSecond(local, zone);
        } while (instant <= now);
        return instant;
    }

    private Long monthAfter(long now) {
        long m = schedule.interval().baseAmount();
        LocalDateTime start = MysqlZones.toLocal(schedule.starts(), zone);
        LocalDateTime localNow = MysqlZones.toLocal(now, zone);
        long diffMonths = (localNow.getYear() - start.getYear()) * 12L + localNow.getMonthValue() - start.getMonthValue();
        LocalDateTime c = start.plusMonths(diffMonths - diffMonths % m);
        if (MysqlZones.toEpochSecond(c, zone) > now) {
            return MysqlZones.toEpochSecond(c, zone);
        }
        return MysqlZones.toEpochSecond(c.plusMonths(m), zone);
    }
}
