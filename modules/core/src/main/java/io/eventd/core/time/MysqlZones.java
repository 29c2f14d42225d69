package io.eventd.core.time;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's time_zone values and its local-time conversions: {@code SYSTEM}, offsets {@code [+-]HH:MM} in
 * MySQL's range (-13:59 … +14:00), and named (IANA) zones. A local time in a DST gap maps to the start of the
 * gap; an ambiguous local time (DST overlap) takes its first occurrence.
 */
public final class MysqlZones {
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2}):(\\d{2})");

    private MysqlZones() {
    }

    /**
     * Resolves a time_zone value; {@code system} stands for SYSTEM. Throws 1298 for an unknown or malformed name.
     */
    public static ZoneId resolve(String name, ZoneId system) {
        if (name.equalsIgnoreCase("SYSTEM")) {
            return system;
        }
        Matcher m = OFFSET.matcher(name);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = Integer.parseInt(m.group(3));
            int total = hours * 60 + minutes;
            boolean negative = m.group(1).equals("-");
            if (minutes > 59 || (negative ? total > 13 * 60 + 59 : total > 14 * 60)) {
                throw new SqlException(MysqlErrors.unknownTimeZone(name));
            }
            return ZoneOffset.ofTotalSeconds((negative ? -total : total) * 60);
        }
        if (name.isEmpty() || name.startsWith("+") || name.startsWith("-") || !name.contains("/") && !name.equals("UTC")) {
            throw new SqlException(MysqlErrors.unknownTimeZone(name));
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new SqlException(MysqlErrors.unknownTimeZone(name));
        }
    }

    /** The canonical spelling MySQL keeps for an offset value ({@code +5:00} is stored as {@code +05:00}). */
    public static String canonicalName(String name) {
        Matcher m = OFFSET.matcher(name);
        if (m.matches()) {
            return m.group(1) + (m.group(2).length() == 1 ? "0" : "") + m.group(2) + ":" + m.group(3);
        }
        return name.equalsIgnoreCase("SYSTEM") ? "SYSTEM" : name;
    }

    /** UTC epoch seconds of a wall-clock time in {@code zone}, with MySQL's gap and overlap rules. */
    public static long toEpochSecond(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.toEpochSecond();
        }
        ZoneOffset offset = transition != null ? transition.getOffsetBefore() : zone.getRules().getOffset(local);
        return local.toEpochSecond(offset);
    }

    /** The wall-clock time of a UTC instant in {@code zone}. */
    public static LocalDateTime toLocal(long epochSecond, ZoneId zone) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }
}
