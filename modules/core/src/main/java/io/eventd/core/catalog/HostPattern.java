package io.eventd.core.catalog;

import java.util.Locale;

/** MySQL account host patterns: {@code %} any run of characters, {@code _} one character, case-insensitive. */
final class HostPattern {
    private HostPattern() {
    }

    static boolean matches(String pattern, String host) {
        return matches(pattern.toLowerCase(Locale.ROOT), 0, host.toLowerCase(Locale.ROOT), 0);
    }

    private static boolean matches(String p, int pi, String h, int hi) {
        if (pi == p.length()) {
            return hi == h.length();
        }
        char c = p.charAt(pi);
        if (c == '%') {
            for (int i = hi; i <= h.length(); i++) {
                if (matches(p, pi + 1, h, i)) {
                    return true;
                }
            }
            return false;
        }
        return hi < h.length() && (c == '_' || c == h.charAt(hi)) && matches(p, pi + 1, h, hi + 1);
    }

    /** 0 for a literal host, 1 for a pattern with wildcards, 2 for {@code %} alone: the order MySQL tries them. */
    static int generality(String pattern) {
        if (pattern.equals("%")) {
            return 2;
        }
        return pattern.indexOf('%') >= 0 || pattern.indexOf('_') >= 0 ? 1 : 0;
    }
}
