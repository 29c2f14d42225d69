package io.eventd.jdbc.body;

import java.util.Locale;
import java.util.Optional;

/**
 * A body that is one {@code [label:] BEGIN … END [label]} compound statement. {@code BEGIN WORK} and a bare
 * {@code BEGIN} (with or without {@code ;}) start a transaction instead and are not compound.
 *
 * @param text       the body as written
 * @param afterBegin index just past the BEGIN keyword
 * @param labelled   whether a label precedes BEGIN
 */
record CompoundBody(String text, int afterBegin, boolean labelled) {

    static Optional<CompoundBody> detect(String body) {
        int at = Blanks.skip(body, 0);
        boolean labelled = false;
        int labelEnd = identifierEnd(body, at);
        if (labelEnd > at) {
            int colon = Blanks.skip(body, labelEnd);
            if (colon < body.length() && body.charAt(colon) == ':') {
                at = Blanks.skip(body, colon + 1);
                labelled = true;
            }
        }
        if (!keywordAt(body, at, "BEGIN")) {
            return Optional.empty();
        }
        int afterBegin = at + "BEGIN".length();
        int next = Blanks.skip(body, afterBegin);
        if (next == body.length() || body.charAt(next) == ';' || keywordAt(body, next, "WORK")) {
            return Optional.empty();
        }
        return Optional.of(new CompoundBody(body, afterBegin, labelled));
    }

    /**
     * MariaDB's spelling of a compound statement outside a stored program. MariaDB takes no label on a top-level
     * {@code BEGIN NOT ATOMIC}, so a labelled body goes inside an anonymous one (the line break keeps a trailing
     * {@code --} comment from swallowing the added {@code ;}).
     */
    String asBeginNotAtomic() {
        if (labelled) {
            return "BEGIN NOT ATOMIC " + text + "\n; END";
        }
        if (keywordAt(text, Blanks.skip(text, afterBegin), "NOT")) {
            return text;
        }
        return text.substring(0, afterBegin) + " NOT ATOMIC" + text.substring(afterBegin);
    }

    private static boolean keywordAt(String text, int at, String keyword) {
        int end = at + keyword.length();
        return end <= text.length()
                && text.substring(at, end).toUpperCase(Locale.ROOT).equals(keyword)
                && (end == text.length() || !isIdentifierChar(text.charAt(end)));
    }

    /** End of a plain or back-quoted identifier starting at {@code at}; {@code at} itself if there is none. */
    private static int identifierEnd(String text, int at) {
        if (at < text.length() && text.charAt(at) == '`') {
            int close = text.indexOf('`', at + 1);
            return close < 0 ? at : close + 1;
        }
        int end = at;
        while (end < text.length() && isIdentifierChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 0x7f;
    }
}
