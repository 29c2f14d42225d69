package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.event.Account;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.schedule.Schedule;

/** Field groups several serializers share: a schedule and an account as flat, nullable fields. */
final class Fields {
    private Fields() {
    }

    static void writeSchedule(CompactWriter out, Schedule schedule) {
        Schedule.OneTime once = schedule instanceof Schedule.OneTime o ? o : null;
        Schedule.Recurring every = schedule instanceof Schedule.Recurring r ? r : null;
        out.writeString("scheduleKind", once != null ? "AT" : every != null ? "EVERY" : null);
        out.writeInt64("executeAt", once != null ? once.executeAt() : 0);
        out.writeString("intervalUnit", every != null ? every.interval().unit().name() : null);
        out.writeInt64("intervalValue", every != null ? every.interval().storedValue() : 0);
        out.writeInt64("starts", every != null ? every.starts() : 0);
        out.writeNullableInt64("ends", every != null ? every.ends() : null);
    }

    static Schedule readSchedule(CompactReader in) {
        String kind = in.readString("scheduleKind");
        if (kind == null) {
            return null;
        }
        if (kind.equals("AT")) {
            return new Schedule.OneTime(in.readInt64("executeAt"));
        }
        Interval interval = new Interval(IntervalUnit.valueOf(in.readString("intervalUnit")),
                in.readInt64("intervalValue"));
        return new Schedule.Recurring(interval, in.readInt64("starts"), in.readNullableInt64("ends"));
    }

    static void writeAccount(CompactWriter out, String prefix, Account account) {
        out.writeString(prefix + "User", account.user());
        out.writeString(prefix + "Host", account.host());
    }

    static Account readAccount(CompactReader in, String prefix) {
        return new Account(in.readString(prefix + "User"), in.readString(prefix + "Host"));
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
