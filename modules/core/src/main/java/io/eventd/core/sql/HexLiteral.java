package io.eventd.core.sql;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * {@code X'4142'} and {@code 0x4142}: MySQL's hexadecimal literals, binary strings ({@code 'AB'}). Read here as the
 * string of their bytes (UTF-8), which is what they are where eventd evaluates them (variable values, times, names).
 */
final class HexLiteral {
    private HexLiteral() {
    }

    /** Whether {@code X'…'} holds an even number of hexadecimal digits (MySQL's rule; else a syntax error). */
    static boolean validQuoted(String digits) {
        return digits.length() % 2 == 0 && digits.chars().allMatch(HexFormat::isHexDigit);
    }

    /** The string of a literal's bytes; {@code 0x} with an odd number of digits has a leading 0, as in MySQL. */
    static String decode(String text) {
        String digits = text.charAt(0) == '0' ? text.substring(2) : text.substring(2, text.length() - 1);
        if (digits.length() % 2 != 0) {
            digits = "0" + digits;
        }
        return new String(HexFormat.of().parseHex(digits), StandardCharsets.UTF_8);
    }
}
