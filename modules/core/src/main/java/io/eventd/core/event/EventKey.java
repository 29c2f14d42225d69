package io.eventd.core.event;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Identity of an event: its schema plus its name folded as MySQL compares event names
 * (utf8mb3_general_ci: case- and accent-insensitive, so {@code cafe}, {@code CAFE} and {@code café} are one key).
 * Schema names compare exactly (lower_case_table_names=0, Linux's default).
 */
public record EventKey(String schema, String foldedName) {
    public EventKey {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(foldedName, "foldedName");
    }

    public static EventKey of(String schema, String name) {
        return new EventKey(schema, fold(name));
    }

    /** Folds a name the way utf8mb3_general_ci compares: accents stripped, upper-cased, trailing spaces ignored. */
    public static String fold(String name) {
        // ASCII has nothing to decompose nor strip: skip the normalizer (listings fold every name they sort).
        String decomposed = ascii(name) ? name
                : Normalizer.normalize(name.replace("\u00df", "s"), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        String folded = out.toString().toUpperCase(Locale.ROOT);
        int end = folded.length();
        while (end > 0 && folded.charAt(end - 1) == ' ') {
            end--;
        }
        return folded.substring(0, end);
    }

    private static boolean ascii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return schema + "." + foldedName;
    }
}
