package io.eventd.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/** A password kept out of logs: {@link #toString()} never shows it. */
public final class Secret {
    private static final String MASK = "******";
    private final char[] chars;

    private Secret(char[] chars) {
        this.chars = chars.clone();
    }

    public static Secret of(char[] chars) {
        return new Secret(Objects.requireNonNull(chars, "chars"));
    }

    public static Secret of(String text) {
        return new Secret(Objects.requireNonNull(text, "text").toCharArray());
    }

    /** Reads a password file; one trailing line break (as editors and {@code echo} leave) is not part of it. */
    public static Secret fromFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return of(text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read password file " + file, e);
        }
    }

    /** The password itself, for the one place that must hand it to a driver. */
    public String reveal() {
        return new String(chars);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && Arrays.equals(chars, s.chars);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chars);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
