package io.eventd.core.sql;

/** MySQL's comment rules shared by the lexer and the script splitter. */
final class Comments {
    private Comments() {
    }

    /** {@code --} starts a comment only when followed by whitespace, a control character or the end. */
    static boolean isDashDash(String s, int i) {
        if (!s.startsWith("--", i)) {
            return false;
        }
        return i + 2 >= s.length() || s.charAt(i + 2) <= ' ';
    }
}
