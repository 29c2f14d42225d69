package io.eventd.core.schedule;

import io.eventd.core.time.MysqlZones;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Test helpers: {@code 'YYYY-MM-DD HH:MM:SS'} wall-clock texts to and from epoch seconds. */
final class Times {
    static final ZoneId UTC = ZoneOffset.UTC;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {
    }

    static long at(String local, ZoneId zone) {
        return MysqlZones.toEpochSecond(LocalDateTime.parse(local, FORMAT), zone);
    }

    static long utc(String local) {
        return at(local, UTC);
    }

    static String local(long epochSecond, ZoneId zone) {
        return MysqlZones.toLocal(epochSecond, zone).format(FORMAT);
    }

    static List<String> locals(List<Long> epochSeconds, ZoneId zone) {
        return epochSeconds.stream().map(t -> local(t, zone)).toList();
    }

    static Schedule.Recurring every(long storedValue, IntervalUnit unit, long starts, Long ends) {
        return new Schedule.Recurring(new Interval(unit, storedValue), starts, ends);
    }
}
