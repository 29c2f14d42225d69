package io.eventd.jdbc.body;

/** Skips what the server skips between tokens: whitespace and {@code #}, {@code -- } and slash-star comments. */
final class Blanks {
    private Blanks() {
    }

    static int skip(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#' || startsDashDashComment(text, i)) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol + 1;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    /** {@code --} starts a comment only when followed by whitespace or a control character. */
    private static boolean startsDashDashComment(String text, int i) {
        return text.startsWith("--", i) && (i + 2 == text.length() || text.charAt(i + 2) <= ' ');
    }
}
