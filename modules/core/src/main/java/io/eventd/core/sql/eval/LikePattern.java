package io.eventd.core.sql.eval;

import java.util.Arrays;

/**
 * MySQL's LIKE: {@code %} any run of characters, {@code _} exactly one, the escape character makes the next one
 * literal; characters compare case- and accent-insensitively (trailing spaces count, unlike '=').
 */
final class LikePattern {
    private static final int ANY_RUN = -1;
    private static final int ANY_ONE = -2;

    /** The pattern's characters (folded) or the ANY_RUN / ANY_ONE markers. */
    private final int[] tokens;

    /** {@code escape} is the escape code point, or -1 for none. */
    LikePattern(String pattern, int escape) {
        int[] cps = pattern.codePoints().toArray();
        int[] out = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == escape && i + 1 < cps.length) {
                out[n++] = Collation.fold(cps[++i]);
            } else if (c == '%') {
                out[n++] = ANY_RUN;
            } else if (c == '_') {
                out[n++] = ANY_ONE;
            } else {
                out[n++] = Collation.fold(c);
            }
        }
        tokens = Arrays.copyOf(out, n);
    }

    /** Greedy match with backtracking to the last '%' only, which is enough for '%' and '_' patterns. */
    boolean matches(String text) {
        int[] s = Collation.weights(text);
        int si = 0;
        int ti = 0;
        int starToken = -1;
        int starText = 0;
        while (si < s.length) {
            if (ti < tokens.length && (tokens[ti] == ANY_ONE || tokens[ti] == s[si])) {
                si++;
                ti++;
            } else if (ti < tokens.length && tokens[ti] == ANY_RUN) {
                starToken = ti++;
                starText = si;
            } else if (starToken >= 0) {
                ti = starToken + 1;
                si = ++starText;
            } else {
                return false;
            }
        }
        while (ti < tokens.length && tokens[ti] == ANY_RUN) {
            ti++;
        }
        return ti == tokens.length;
    }
}
