package io.eventd.core.sql.eval;

import java.text.Normalizer;

/**
 * String comparison as MySQL's {@code utf8mb3_general_ci} does it: case- and accent-insensitive, trailing spaces
 * ignored (PAD SPACE). LIKE uses the per-character folding without the padding rule.
 */
final class Collation {
    private Collation() {
    }

    /** The character's weight: accents stripped, case folded. */
    static int fold(int codePoint) {
        if (codePoint < 0x80) {
            return Character.toLowerCase(codePoint);
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        return Character.toLowerCase(Character.toUpperCase(decomposed.codePointAt(0)));
    }

    static int[] weights(String s) {
        return s.codePoints().map(Collation::fold).toArray();
    }

    static int compare(String a, String b) {
        int[] x = weights(stripTrailingSpaces(a));
        int[] y = weights(stripTrailingSpaces(b));
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
