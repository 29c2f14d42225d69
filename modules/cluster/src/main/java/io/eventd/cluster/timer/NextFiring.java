package io.eventd.cluster.timer;

import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.schedule.Firings;
import io.eventd.core.time.MysqlZones;
import java.time.ZoneId;

/**
 * When an event is next due, from core's {@link Firings} and the cluster's last claimed firing (never from "now"
 * alone, so a new owner continues the same sequence). Lateness: every firing missed during a graceful hand-over is
 * run, and so are those of a running cluster late by at most {@link #LATE_CATCH_UP_SECONDS} (a migration, a
 * failover); after a longer gap the first missed firing runs once, late, and the event resumes on its grid
 * (mysql-events.md 2.3 rule 7). An event picked up without a claim since its DDL catches up at most
 * {@link #CATCH_UP_SECONDS}. After the whole cluster was down, or with event_scheduler turned back ON, nothing
 * missed is caught up (rule 8).
 */
public final class NextFiring {
    public static final long CATCH_UP_SECONDS = 3;
    /**
     * How late a running engine may be and still run every firing it missed: a partition migration (a member
     * leaving or joining) or a failover stalls firings for seconds, and those are run, one after the other.
     */
    public static final long LATE_CATCH_UP_SECONDS = 30;

    private final ZoneId systemZone;

    public NextFiring(ZoneId systemZone) {
        this.systemZone = systemZone;
    }

    /** A member takes the event (start, new owner, DDL): continue from the last claim, or from the DDL. */
    public Long onPickUp(EventDefinition event, RuntimeState runtime, long now) {
        Long last = runtime == null ? null : runtime.lastClaimedAt();
        boolean claimedSinceDdl = last != null && last >= event.lastAltered();
        Long next = claimedSinceDdl
                ? Firings.nextAfter(event.schedule(), zone(event), last)
                : Firings.firstDue(event.schedule(), zone(event), event.lastAltered(), event.lastExecuted());
        if (next == null || next >= now - CATCH_UP_SECONDS || claimedSinceDdl) {
            return next;
        }
        return onResume(event, null, now);
    }

    /**
     * Right after claiming the firing at {@code firedAt} (before its body runs), at {@code now}; {@code handedOver}:
     * the firing was missed during a graceful hand-over, and so is any overdue one after it.
     */
    public Long afterFiring(EventDefinition event, long firedAt, long now, boolean handedOver) {
        Long next = Firings.nextAfter(event.schedule(), zone(event), firedAt);
        if (next != null && next < now - LATE_CATCH_UP_SECONDS && !handedOver) {
            return Firings.resume(event.schedule(), zone(event), now, firedAt);
        }
        return next;
    }

    /** The scheduler starts (whole cluster up, or OFF→ON): no catch-up; an overdue one-time event is due now. */
    public Long onResume(EventDefinition event, RuntimeState runtime, long now) {
        Long last = runtime != null && runtime.lastClaimedAt() != null ? runtime.lastClaimedAt()
                : event.lastExecuted();
        return Firings.resume(event.schedule(), zone(event), now, last);
    }

    private ZoneId zone(EventDefinition event) {
        return MysqlZones.resolve(event.timeZone(), systemZone);
    }
}
