package io.eventd.core.sql.eval;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * MySQL's conversions of strings and numbers to DATETIME (my_time.cc {@code str_to_datetime},
 * {@code number_to_datetime}): delimited strings with any punctuation between fields, digit-only strings
 * (YYYYMMDD[HHMMSS], YYMMDD[HHMMSS]), numbers in the same shapes, two-digit years 70-99 = 19xx, 00-69 = 20xx.
 * Answers null where MySQL finds no valid date (including impossible days such as February 30).
 */
final class DateTimeParser {
    /** Year, month, day, hour, minute, second. */
    private static final int FIELDS = 6;

    private DateTimeParser() {
    }

    /** A parse: the datetime, whether the text had a time part, and whether nothing but white space followed. */
    record Parsed(LocalDateTime value, boolean hasTime, boolean clean) {
    }

    static LocalDateTime parse(String text) {
        Parsed p = read(text);
        return p == null ? null : p.value();
    }

    /**
     * The full reading of a string, or null when it holds no valid date. As in MySQL, a leading run of digits that
     * ends the string or meets a '.' is the "internal" format with fixed-width fields (a 4-digit year for 4, 8 or
     * 14+ digits, else 2); otherwise each field runs to the next delimiter.
     */
    static Parsed read(String text) {
        String s = text.stripLeading();
        int digits = 0;
        while (digits < s.length() && isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return null;
        }
        boolean fixedWidth = digits == s.length() || s.charAt(digits) == '.';
        int yearLength = digits == 4 || digits == 8 || digits >= 14 ? 4 : 2;
        long[] fields = new long[FIELDS];
        int field = 0;
        int pos = 0;
        int yearDigits = 0;
        while (field < FIELDS && pos < s.length() && isDigit(s.charAt(pos))) {
            int start = pos;
            int width = !fixedWidth ? Integer.MAX_VALUE : field == 0 ? yearLength : 2;
            while (pos < s.length() && isDigit(s.charAt(pos)) && pos - start < width) {
                pos++;
            }
            if (pos - start > 9) {
                return null;
            }
            if (field == 0) {
                yearDigits = pos - start;
            }
            fields[field++] = Long.parseLong(s.substring(start, pos));
            if (field < FIELDS) {
                pos = skipSeparator(s, pos, field == 3);
            }
        }
        if (field < 3) {
            return null;
        }
        if (yearDigits == 2) {
            fields[0] = twoDigitYear(fields[0]);
        }
        return parsed(fields, field > 3, s, pos);
    }

    static LocalDateTime fromNumber(BigDecimal number) {
        if (number.signum() < 0) {
            return null;
        }
        BigDecimal whole = number.setScale(0, java.math.RoundingMode.DOWN);
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return null;
        }
        LocalDateTime t = fromNumber(whole.longValueExact());
        if (t == null) {
            return null;
        }
        int nanos = number.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.DOWN).intValue();
        return t.withNano(nanos - nanos % 1000);
    }

    /** number_to_datetime: 2-digit-year and 4-digit-year forms with or without a time part. */
    static LocalDateTime fromNumber(long n) {
        long full;
        if (n < 101) {
            return null;
        } else if (n <= 691231) {
            full = (n + 20_000_000L) * 1_000_000L;
        } else if (n < 700101) {
            return null;
        } else if (n <= 991231) {
            full = (n + 19_000_000L) * 1_000_000L;
        } else if (n < 10_000_101) {
            return null;
        } else if (n <= 99_991_231) {
            full = n * 1_000_000L;
        } else if (n < 101_000_000) {
            return null;
        } else if (n <= 691_231_235_959L) {
            full = n + 20_000_000_000_000L;
        } else if (n < 700_101_000_000L) {
            return null;
        } else if (n <= 991_231_235_959L) {
            full = n + 19_000_000_000_000L;
        } else if (n <= 99_991_231_235_959L) {
            full = n;
        } else {
            return null;
        }
        long date = full / 1_000_000L;
        long time = full % 1_000_000L;
        return of(new long[] {date / 10_000, date / 100 % 100, date % 100, time / 10_000, time / 100 % 100, time % 100}, 0);
    }

    private static int skipSeparator(String s, int pos, boolean beforeTime) {
        if (beforeTime && pos < s.length() && s.charAt(pos) == 'T') {
            return pos + 1;
        }
        int p = pos;
        while (p < s.length() && (isPunctuation(s.charAt(p)) || beforeTime && Character.isWhitespace(s.charAt(p)))) {
            p++;
        }
        return p;
    }

    /** The result, with the optional '.ffffff' fraction at {@code pos} (digits past the sixth ignored). */
    private static Parsed parsed(long[] fields, boolean hasTime, String s, int pos) {
        int micros = 0;
        int end = pos;
        if (hasTime && pos < s.length() && s.charAt(pos) == '.') {
            int scale = 0;
            for (end = pos + 1; end < s.length() && isDigit(s.charAt(end)); end++, scale++) {
                micros = scale < 6 ? micros * 10 + (s.charAt(end) - '0') : micros;
            }
            for (; scale < 6; scale++) {
                micros *= 10;
            }
        }
        LocalDateTime value = of(fields, micros * 1000);
        return value == null ? null : new Parsed(value, hasTime, s.substring(end).isBlank());
    }

    private static long twoDigitYear(long yy) {
        return yy < 70 ? yy + 2000 : yy + 1900;
    }

    private static LocalDateTime of(long[] f, int nanos) {
        try {
            return LocalDateTime.of((int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5], nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPunctuation(char c) {
        return c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c);
    }
}
