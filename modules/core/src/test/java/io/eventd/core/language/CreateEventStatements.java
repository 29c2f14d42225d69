package io.eventd.core.language;

import io.eventd.core.schedule.IntervalUnit;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * CREATE EVENT statements over every clause, valid in an engine whose now is 2026-01-01 00:00:00 UTC and that
 * must store the event: past AT / ENDS only come with ON COMPLETION PRESERVE (NOT PRESERVE would drop it, 1588).
 */
final class CreateEventStatements {
    /** A statement and the session time_zone it runs under. */
    record Generated(String timeZone, String sql) {
        @Override
        public String toString() {
            return "SET time_zone = '" + timeZone + "'; " + sql;
        }
    }

    private enum Completion { DEFAULT, PRESERVE, NOT_PRESERVE }

    /** How clause keywords are written: the separator between clauses and the keywords' letter case. */
    private record Style(String separator, int letterCase) {
        String kw(String keywords) {
            if (keywords.isEmpty()) {
                return keywords;
            }
            return switch (letterCase) {
                case 0 -> keywords.toUpperCase(Locale.ROOT);
                case 1 -> keywords.toLowerCase(Locale.ROOT);
                default -> Arrays.stream(keywords.split(" "))
                        .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(" "));
            };
        }

        String join(String... parts) {
            return Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(separator));
        }
    }

    static final List<String> ZONES = List.of("SYSTEM", "+00:00", "+05:30", "-08:00", "+14:00", "Europe/Berlin",
            "America/New_York", "Australia/Lord_Howe");

    private static final List<String> DEFINERS = List.of("", "DEFINER = CURRENT_USER", "DEFINER=CURRENT_USER()",
            "DEFINER = root@localhost", "DEFINER='root'@'localhost'", "DEFINER = `app`@`localhost`",
            "DEFINER = 'ghost'@'%'", "DEFINER = ghost", "DEFINER = 'we''ird'@'10.0.0.%'", "DEFINER=`a``b`@`h-1`",
            "DEFINER = \"dq\"@\"example.com\"");
    private static final List<Character> NAME_CHARS = chars("aZ0_ `é Ж中.;'\"-ß$");
    private static final List<Character> COMMENT_CHARS = chars("ab ;'\"\\%_\n\t\rÿ€中END\0");
    private static final List<IntervalUnit> UNITS = Arrays.stream(IntervalUnit.values())
            .filter(u -> !u.isMicrosecond()).toList();
    private static final List<String> FIELD_SEPARATORS = List.of(":", " ", "-", "/", ".", ": ", "^");

    private CreateEventStatements() {
    }

    static Arbitrary<Generated> creates() {
        Arbitrary<Style> style = Combinators.combine(
                Arbitraries.of(" ", "\n", "  \t", " /* ; END */ ", " -- x; END\n"), Arbitraries.integers().between(0, 2))
                .as(Style::new);
        return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.of(Completion.class), style)
                .flatAs((zone, completion, s) -> Combinators.combine(
                        Arbitraries.of(DEFINERS), Arbitraries.of(false, true), name(),
                        schedule(s, completion == Completion.PRESERVE),
                        Arbitraries.of("", "ENABLE", "DISABLE", "DISABLE ON SLAVE", "DISABLE ON REPLICA"),
                        comment(), EventBodies.body())
                        .as((definer, ifNotExists, name, schedule, status, comment, body) -> new Generated(zone,
                                s.join(s.kw("CREATE"), definer.isEmpty() ? "" : s.kw("DEFINER") + definer.substring(7),
                                        s.kw("EVENT"), ifNotExists ? s.kw("IF NOT EXISTS") : "", name,
                                        s.kw("ON SCHEDULE"), schedule, completion(s, completion), s.kw(status),
                                        comment.isEmpty() ? "" : s.kw("COMMENT") + " " + comment,
                                        s.kw("DO"), body))));
    }

    private static String completion(Style s, Completion completion) {
        return switch (completion) {
            case DEFAULT -> "";
            case PRESERVE -> s.kw("ON COMPLETION PRESERVE");
            case NOT_PRESERVE -> s.kw("ON COMPLETION NOT PRESERVE");
        };
    }

    /** {@code [schema.]name}: plain, or backtick-quoted with spaces, backticks, unicode (at most 64 characters). */
    private static Arbitrary<String> name() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcxyz019_$").ofMaxLength(20).map(n -> "e" + n);
        Arbitrary<String> quoted = Arbitraries.of(NAME_CHARS).list().ofMinSize(1).ofMaxSize(64)
                .map(CreateEventStatements::text)
                .filter(n -> !n.endsWith(" "))
                .map(n -> "`" + n.replace("`", "``") + "`");
        Arbitrary<String> schema = Arbitraries.of("", "test.", "`other`.", "other.");
        return Combinators.combine(schema, Arbitraries.oneOf(plain, quoted)).as(String::concat);
    }

    /** A COMMENT literal: single or double quoted, quotes doubled or backslash-escaped, sometimes two adjacent parts. */
    private static Arbitrary<String> comment() {
        Arbitrary<String> value = Arbitraries.of(COMMENT_CHARS).list().ofMaxSize(40).map(CreateEventStatements::text);
        return Combinators.combine(value, Arbitraries.of('\'', '"'), Arbitraries.of(false, true),
                        Arbitraries.integers().between(-1, 40))
                .as((v, quote, backslashes, split) -> {
                    if (split < 0) {
                        return "";
                    }
                    int at = Math.min(split, v.length());
                    return at == 0 || at == v.length() ? literal(v, quote, backslashes)
                            : literal(v.substring(0, at), quote, backslashes) + " "
                            + literal(v.substring(at), quote, !backslashes);
                });
    }

    static String literal(String value, char quote, boolean backslashes) {
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : value.toCharArray()) {
            if (c == quote) {
                out.append(backslashes ? "\\" + c : "" + c + c);
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\0') {
                out.append("\\0");
            } else if (c == '\n' && backslashes) {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }

    private static Arbitrary<String> schedule(Style s, boolean allowPast) {
        Arbitrary<String> at = time(s, allowPast ? 1971 : 2027, 2999, allowPast);
        Arbitrary<String> every = Combinators.combine(Arbitraries.of(UNITS), Arbitraries.integers().between(0, allowPast ? 4 : 3))
                .flatAs((unit, bounds) -> Combinators.combine(intervalValue(unit), startsAndEnds(s, bounds))
                        .as((value, range) -> s.join(s.kw("EVERY"), value, s.kw(unit.name()), range)));
        return Arbitraries.oneOf(at.map(t -> s.kw("AT") + " " + t), every);
    }

    /** 0: neither, 1: STARTS only, 2: ENDS only, 3: both, 4: a past ENDS (PRESERVE only). */
    private static Arbitrary<String> startsAndEnds(Style s, int bounds) {
        return switch (bounds) {
            case 0 -> Arbitraries.just("");
            case 1 -> time(s, 1971, 2999, false).map(t -> s.kw("STARTS") + " " + t);
            case 2 -> Arbitraries.oneOf(time(s, 2501, 2999, false),
                            Arbitraries.integers().between(600, 900).map(n -> "NOW() + INTERVAL " + n + " YEAR"))
                    .map(t -> s.kw("ENDS") + " " + t);
            case 3 -> Combinators.combine(time(s, 1971, 2499, false), time(s, 2501, 2999, false))
                    .as((a, b) -> s.join(s.kw("STARTS") + " " + a, s.kw("ENDS") + " " + b));
            default -> Combinators.combine(time(s, 1971, 1998, false), time(s, 2000, 2024, false))
                    .as((a, b) -> s.join(s.kw("STARTS") + " " + a, s.kw("ENDS") + " " + b));
        };
    }

    /** A datetime expression in one of the forms MySQL reads, local to the session zone, within the years given. */
    private static Arbitrary<String> time(Style s, int fromYear, int toYear, boolean nowRelative) {
        Arbitrary<LocalDateTime> when = Combinators.combine(Arbitraries.integers().between(fromYear, toYear),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
                        Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59),
                        Arbitraries.integers().between(0, 59))
                .as(LocalDateTime::of);
        Arbitrary<String> literal = Combinators.combine(when, Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 48))
                .as((t, form, k) -> switch (form) {
                    case 0 -> "'" + iso(t) + "'";
                    case 1 -> "'" + compact(t) + "'";
                    case 2 -> compact(t);
                    case 3 -> s.kw("TIMESTAMP") + " '" + iso(t) + "'";
                    case 4 -> String.format("'%d-%d-%d %d:%d:%d'", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                            t.getHour(), t.getMinute(), t.getSecond());
                    case 5 -> "'" + iso(t) + "." + k + "7'";
                    case 6 -> "'" + iso(t).substring(0, 10) + "'";
                    case 7 -> "'" + iso(t) + "' + " + s.kw("INTERVAL") + " " + k + " " + s.kw("HOUR");
                    case 8 -> "DATE_ADD('" + iso(t) + "', INTERVAL " + k + " MINUTE)";
                    default -> "'" + iso(t).replace('-', '/').replace(':', '.') + "'";
                });
        if (!nowRelative) {
            return literal;
        }
        Arbitrary<String> relative = Arbitraries.integers().between(1, 400).map(n -> switch (n % 4) {
            case 0 -> "NOW() + INTERVAL " + n + " DAY";
            case 1 -> "CURRENT_TIMESTAMP + INTERVAL 1 DAY + INTERVAL " + n + " HOUR";
            case 2 -> "NOW() - INTERVAL " + n + " DAY";
            default -> "DATE_ADD(NOW(), INTERVAL " + n + " WEEK)";
        });
        return Arbitraries.oneOf(literal, relative);
    }

    /** The EVERY value: numbers, strings, decimals, sums; composite units also as strings of fields. */
    private static Arbitrary<String> intervalValue(IntervalUnit unit) {
        Arbitrary<String> number = Combinators.combine(Arbitraries.integers().between(1, 5000),
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 9))
                .as((n, form, m) -> switch (form) {
                    case 0 -> Integer.toString(n);
                    case 1 -> "'" + n + "'";
                    case 2 -> n + "." + Math.min(m, 4);
                    default -> n + " + " + m;
                });
        if (!unit.isComposite()) {
            return number;
        }
        Arbitrary<String> fields = Arbitraries.integers().between(1, unit.fields()).flatMap(count -> Combinators.combine(
                        Arbitraries.integers().between(0, 99).list().ofSize(count - 1),
                        Arbitraries.integers().between(1, 99),
                        Arbitraries.of(FIELD_SEPARATORS).list().ofSize(count))
                .as((leading, last, separators) -> {
                    List<Integer> values = new ArrayList<>(leading);
                    values.add(last);
                    StringBuilder text = new StringBuilder("'");
                    for (int i = 0; i < values.size(); i++) {
                        text.append(i == 0 ? "" : separators.get(i)).append(values.get(i));
                    }
                    return text.append('\'').toString();
                }));
        return Arbitraries.oneOf(number, fields, fields);
    }

    private static String iso(LocalDateTime t) {
        return String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
    }

    private static String compact(LocalDateTime t) {
        return iso(t).replaceAll("[^0-9]", "");
    }

    private static List<Character> chars(String alphabet) {
        return alphabet.chars().mapToObj(c -> (char) c).toList();
    }

    private static String text(List<Character> chars) {
        return chars.stream().map(String::valueOf).collect(Collectors.joining());
    }
}
