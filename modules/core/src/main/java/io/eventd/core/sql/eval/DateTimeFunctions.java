package io.eventd.core.sql.eval;

import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.time.MysqlZones;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Clock and date functions. "Now" is the statement's start in whole seconds; NOW() and friends read it in the
 * session zone, UTC_* in UTC. An optional precision argument of NOW(fsp) changes nothing at whole seconds.
 */
final class DateTimeFunctions {
    /** 3001-01-18 23:59:59 UTC, the last second MySQL 8.0.28+ converts (MYTIME_MAX_VALUE). */
    static final long MAX_EPOCH_SECOND = LocalDateTime.of(3001, 1, 18, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private DateTimeFunctions() {
    }

    static Value now(Evaluator ev, List<Expr> args) {
        return new Value.DateTime(localNow(ev, ev.context().sessionZone()));
    }

    static Value curdate(Evaluator ev, List<Expr> args) {
        return new Value.DateTime(localNow(ev, ev.context().sessionZone()).toLocalDate().atStartOfDay());
    }

    /** A TIME read as a DATETIME is today plus the time, which for the current time is simply now. */
    static Value curtime(Evaluator ev, List<Expr> args) {
        return now(ev, args);
    }

    /** UTC_TIME read as a DATETIME is the same as UTC_TIMESTAMP, as CURTIME is NOW. */
    static Value utcTimestamp(Evaluator ev, List<Expr> args) {
        return new Value.DateTime(localNow(ev, ZoneOffset.UTC));
    }

    static Value utcDate(Evaluator ev, List<Expr> args) {
        return new Value.DateTime(localNow(ev, ZoneOffset.UTC).toLocalDate().atStartOfDay());
    }

    /** Seconds since the epoch of now, or of a datetime read in the session zone (0 outside MySQL's range). */
    static Value unixTimestamp(Evaluator ev, List<Expr> args) {
        if (args.isEmpty()) {
            return new Value.Int(ev.context().now());
        }
        Value v = ev.eval(args.get(0));
        if (v.isNull()) {
            return Value.NULL;
        }
        LocalDateTime t = Values.toDateTime(v);
        long epoch = t == null ? 0 : MysqlZones.toEpochSecond(t, ev.context().sessionZone());
        return new Value.Int(epoch < 0 || epoch > MAX_EPOCH_SECOND ? 0 : epoch);
    }

    /** The session-zone datetime of an epoch second count; NULL when negative or past MySQL's range. */
    static Value fromUnixtime(Evaluator ev, List<Expr> args) {
        Value v = ev.eval(args.get(0));
        if (v.isNull()) {
            return Value.NULL;
        }
        BigDecimal seconds = Numbers.toDecimal(v);
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(MAX_EPOCH_SECOND)) > 0) {
            return Value.NULL;
        }
        long whole = seconds.longValue();
        int micros = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(6).setScale(0, RoundingMode.DOWN).intValue();
        return new Value.DateTime(MysqlZones.toLocal(whole, ev.context().sessionZone()).withNano(micros * 1000));
    }

    static Value dateAdd(Evaluator ev, List<Expr> args) {
        return shift(ev, args, false);
    }

    static Value dateSub(Evaluator ev, List<Expr> args) {
        return shift(ev, args, true);
    }

    /** DATE_ADD(x, INTERVAL n unit); ADDDATE(x, n) counts days. */
    private static Value shift(Evaluator ev, List<Expr> args, boolean subtract) {
        Value date = ev.eval(args.get(0));
        Expr amount = args.get(1);
        Expr.IntervalValue interval = amount instanceof Expr.IntervalValue i ? i : new Expr.IntervalValue(amount, IntervalUnit.DAY);
        return ev.addInterval(date, interval, subtract);
    }

    static Value timestamp(Evaluator ev, List<Expr> args) {
        return Value.of(Values.toDateTime(ev.eval(args.get(0))));
    }

    static Value date(Evaluator ev, List<Expr> args) {
        LocalDateTime t = Values.toDateTime(ev.eval(args.get(0)));
        return t == null ? Value.NULL : new Value.DateTime(t.toLocalDate().atStartOfDay());
    }

    private static LocalDateTime localNow(Evaluator ev, ZoneId zone) {
        return MysqlZones.toLocal(ev.context().now(), zone);
    }
}
