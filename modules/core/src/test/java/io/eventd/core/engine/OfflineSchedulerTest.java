package io.eventd.core.engine;

import static io.eventd.core.engine.EngineFixture.event;
import static io.eventd.core.engine.EngineFixture.num;
import static io.eventd.core.engine.EngineFixture.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.eventd.core.event.EventStatus;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.expr.Expr;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfflineSchedulerTest {
    private final EngineFixture f = new EngineFixture();

    private void schedulerOn(boolean on) {
        f.ok(EngineFixture.set(new Expr.SystemVariable(Expr.Scope.GLOBAL, "event_scheduler"),
                EngineFixture.column(on ? "ON" : "OFF")));
    }

    @Test
    void oneTimeNotPreserveFiresThenIsDropped() {
        f.ok(event("e").at(str("2026-01-01 00:00:30")).create());
        f.setTime("2026-01-01 00:00:29");
        assertThat(f.exists("test", "e")).isTrue();
        f.setTime("2026-01-01 00:00:30");
        assertThat(f.exists("test", "e")).isFalse();
    }

    @Test
    void oneTimePreserveFiresThenIsDisabledWithLastExecuted() {
        f.ok(event("e").at(str("2026-01-01 00:00:30")).preserve().create());
        f.setTime("2026-01-02 00:00:00");
        assertThat(f.stored("test", "e").status()).isEqualTo(EventStatus.DISABLED);
        assertThat(f.stored("test", "e").lastExecuted()).isEqualTo(EngineFixture.epoch("2026-01-01 00:00:30"));
    }

    @Test
    void recurringEventRecordsItsLastDueFiring() {
        f.ok(event("e").every(num(10), IntervalUnit.MINUTE, str("2026-01-01 00:05:00"), null).create());
        f.setTime("2026-01-01 01:00:00");
        assertThat(f.stored("test", "e").lastExecuted()).isEqualTo(EngineFixture.epoch("2026-01-01 00:55:00"));
        assertThat(f.scheduler.nextDue(f.stored("test", "e").key())).isEqualTo(EngineFixture.epoch("2026-01-01 01:05:00"));
    }

    @Test
    void recurringEventPastEndsFiresAtEndsThenFinishes() {
        f.ok(event("d").every(num(1), IntervalUnit.HOUR, null, str("2026-01-01 03:00:00")).create());
        f.ok(event("k").every(num(1), IntervalUnit.HOUR, null, str("2026-01-01 03:00:00")).preserve().create());
        f.setTime("2026-01-02 00:00:00");
        assertThat(f.exists("test", "d")).isFalse();
        assertThat(f.stored("test", "k").status()).isEqualTo(EventStatus.DISABLED);
        assertThat(f.stored("test", "k").lastExecuted()).isEqualTo(EngineFixture.epoch("2026-01-01 03:00:00"));
    }

    @Test
    void creationAtNowIsRecordedWhenTimeMovesForward() {
        f.ok(event("e").every(1, IntervalUnit.DAY).create());
        assertThat(f.stored("test", "e").lastExecuted()).isNull();
        f.setTime("2026-01-01 00:00:01");
        assertThat(f.stored("test", "e").lastExecuted()).isEqualTo(EngineFixture.START);
    }

    @Test
    void disabledEventsNeverFireAndMovingBackwardOnlySetsTheClock() {
        f.ok(event("e").every(1, IntervalUnit.MINUTE).status(io.eventd.core.sql.ast.StatusClause.DISABLE).create());
        f.setTime("2026-01-01 01:00:00");
        assertThat(f.stored("test", "e").lastExecuted()).isNull();
        f.setTime("2025-01-01 00:00:00");
        assertThat(f.clock.now()).isEqualTo(EngineFixture.epoch("2025-01-01 00:00:00"));
    }

    @Test
    void nothingFiresWhileOffAndOnResumesWithoutCatchUp() {
        f.ok(event("r").every(num(10), IntervalUnit.MINUTE, str("2026-01-01 00:00:00"), null).create());
        f.ok(event("once").at(str("2026-01-01 00:30:00")).create());
        f.ok(event("ended").every(num(10), IntervalUnit.MINUTE, null, str("2026-01-01 00:40:00")).create());
        schedulerOn(false);
        f.setTime("2026-01-01 01:03:00");
        assertThat(f.stored("test", "r").lastExecuted()).isNull();

        schedulerOn(true);
        assertThat(f.exists("test", "ended")).isFalse();
        assertThat(f.scheduler.nextDue(f.stored("test", "r").key())).isEqualTo(EngineFixture.epoch("2026-01-01 01:10:00"));
        f.setTime("2026-01-01 01:05:00");
        assertThat(f.exists("test", "once")).isFalse();
        assertThat(f.stored("test", "r").lastExecuted()).isNull();
        f.setTime("2026-01-01 01:10:00");
        assertThat(f.stored("test", "r").lastExecuted()).isEqualTo(EngineFixture.epoch("2026-01-01 01:10:00"));
    }

    @Test
    void alterReschedulesFromTheNewSchedule() {
        f.ok(event("e").every(num(1), IntervalUnit.HOUR, str("2026-01-01 00:30:00"), null).create());
        f.ok(event("e").every(num(1), IntervalUnit.DAY, str("2026-01-05 00:00:00"), null).alter());
        f.setTime("2026-01-04 00:00:00");
        assertThat(f.stored("test", "e").lastExecuted()).isNull();
    }

    @Test
    void aJumpOfCenturiesOverAnEverySecondEventLandsOnItsLastFiringAtOnce() {
        f.ok(event("e").every(num(1), IntervalUnit.SECOND, str("2026-01-01 00:00:00"), null).create());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> f.setTime("3000-06-30 12:34:56"));
        assertThat(f.stored("test", "e").lastExecuted()).isEqualTo(EngineFixture.epoch("3000-06-30 12:34:56"));
        assertThat(f.scheduler.nextDue(f.stored("test", "e").key())).isEqualTo(EngineFixture.epoch("3000-06-30 12:34:57"));
    }

    @Test
    void aJumpLandsWhereDayByDayStepsWouldMonthEndDoubleFiringsIncluded() {
        EngineFixture stepping = new EngineFixture();
        for (EngineFixture each : new EngineFixture[] {f, stepping}) {
            each.ok(event("m").every(num(1), IntervalUnit.MONTH, str("2026-01-31 10:00:00"), null).create());
        }
        for (LocalDate day = LocalDate.of(2026, 2, 1); day.isBefore(LocalDate.of(2026, 8, 2)); day = day.plusDays(1)) {
            stepping.setTime(day + " 00:00:00");
        }
        f.setTime("2026-08-01 00:00:00");
        assertThat(f.stored("test", "m").lastExecuted()).isEqualTo(EngineFixture.epoch("2026-07-31 10:00:00"))
                .isEqualTo(stepping.stored("test", "m").lastExecuted());
        assertThat(f.scheduler.nextDue(f.stored("test", "m").key()))
                .isEqualTo(stepping.scheduler.nextDue(stepping.stored("test", "m").key()))
                .isEqualTo(EngineFixture.epoch("2026-08-31 10:00:00"));
    }
}
