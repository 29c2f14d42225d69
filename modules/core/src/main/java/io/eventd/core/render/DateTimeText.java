package io.eventd.core.render;

import io.eventd.core.time.MysqlZones;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** MySQL's DATETIME text {@code YYYY-MM-DD HH:MM:SS}. */
public final class DateTimeText {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    /** Also reads a fraction of up to six digits ({@code DATETIME(6)}). */
    private static final DateTimeFormatter PARSE = new DateTimeFormatterBuilder().append(FORMAT)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 6, true).optionalEnd().toFormatter();

    private DateTimeText() {
    }

    public static String format(LocalDateTime local) {
        return FORMAT.format(local);
    }

    /** A UTC instant shown on {@code zone}'s wall clock. */
    public static String format(long epochSecond, ZoneId zone) {
        return format(MysqlZones.toLocal(epochSecond, zone));
    }

    public static LocalDateTime parse(String text) {
        return LocalDateTime.parse(text, PARSE);
    }
}
