package io.eventd.core.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Breaks valid statements: deletes, duplicates and swaps tokens, truncates, and inserts random characters, quotes,
 * delimiters, keywords, deep parentheses, huge numbers and odd unicode.
 */
final class StatementMutator {
    private static final List<String> INSERTS = List.of(
            "'", "\"", "`", "\\", ";", "//", "$$", "DELIMITER", "\nDELIMITER //\n", "/*", "*/", "/*!", "--", "#",
            "(", ")", ",", ".", "@", "@@", ":=", "END", "BEGIN", "CASE", "IF", "THEN", "DO", "EVERY", "AT", "STARTS",
            "ENDS", "INTERVAL", "SELECT", "NULL", "DEFINER", "EVENT", "ON", "SCHEDULE", "COMPLETION", "NOT",
            "RENAME", "COMMENT", "DISABLE", "LOOP", "LEAVE", "CREATE EVENT x ON SCHEDULE AT NOW() DO SELECT 1",
            "ALTER EVENT e1 DO SELECT 1", "MICROSECOND", "DAY_SECOND", "YEAR_MONTH", "(SELECT 1)", "ROW(1, 2)",
            "@unset", "N'x'", "X'4A'", "0x", "1e", "_utf8mb4'a'");
    private static final List<String> HUGE_NUMBERS = List.of("99999999999999999999999999999999",
            "18446744073709551616", "-9223372036854775809", "9223372036854775807", "1e400", "-1e308",
            "0.000000000000000000000000000001", "4294967296", "1000000001", "253402300800", "-1", "0",
            "99999999999999999999999.5", "32536771200", "2147483648");
    private static final List<String> ODD_UNICODE = List.of("\0", "\uFEFF", "\u202E", "\uD800", "\uDC00",
            "\uD83D\uDE00", "\u0301", "\u2028", "\u00A0", "\u3000", "\uFFFF", "Ж", "中", "\u001A", "\r", "\t", "\f");

    private final Random random;

    StatementMutator(Random random) {
        this.random = random;
    }

    /** One to four mutations of {@code statement}. */
    String mutate(String statement) {
        List<String> tokens = tokens(statement);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            mutateOnce(tokens);
        }
        return String.join("", tokens);
    }

    private void mutateOnce(List<String> tokens) {
        if (tokens.isEmpty()) {
            tokens.add(pick(INSERTS));
            return;
        }
        int at = random.nextInt(tokens.size());
        switch (random.nextInt(10)) {
            case 0 -> tokens.remove(at);
            case 1 -> tokens.add(at, tokens.get(at));
            case 2 -> {
                int other = random.nextInt(tokens.size());
                String swapped = tokens.get(at);
                tokens.set(at, tokens.get(other));
                tokens.set(other, swapped);
            }
            case 3 -> truncate(tokens, at);
            case 4 -> tokens.add(at, String.valueOf((char) random.nextInt(0x3000)));
            case 5 -> tokens.add(at, " " + pick(INSERTS) + " ");
            case 6 -> tokens.set(at, pick(HUGE_NUMBERS));
            case 7 -> tokens.add(at, pick(ODD_UNICODE));
            case 8 -> {
                int depth = 1 + random.nextInt(random.nextBoolean() ? 40 : 3000);
                tokens.add(at, "(".repeat(depth));
                tokens.add(Math.min(tokens.size(), at + 2), ")".repeat(random.nextInt(depth + 1)));
            }
            default -> tokens.add(at, tokens.get(random.nextInt(tokens.size())));
        }
    }

    /** Cuts the statement inside token {@code at} (which may leave a quote or comment open). */
    private void truncate(List<String> tokens, int at) {
        String token = tokens.get(at);
        tokens.subList(at, tokens.size()).clear();
        tokens.add(token.substring(0, random.nextInt(token.length() + 1)));
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Quoted strings and names (to their closing quote or the end), words, whitespace runs, single characters. */
    private static List<String> tokens(String statement) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < statement.length()) {
            int end = tokenEnd(statement, i);
            tokens.add(statement.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static int tokenEnd(String s, int start) {
        char c = s.charAt(start);
        int i = start + 1;
        if (c == '\'' || c == '"' || c == '`') {
            while (i < s.length() && s.charAt(i) != c) {
                i += s.charAt(i) == '\\' && c != '`' ? 2 : 1;
            }
            return Math.min(i + 1, s.length());
        }
        if (Character.isLetterOrDigit(c) || c == '_' || Character.isWhitespace(c)) {
            boolean word = !Character.isWhitespace(c);
            while (i < s.length() && (word ? Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                    : Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
        }
        return i;
    }
}
