package io.eventd.core.render;

/** How MySQL quotes identifiers and string literals in the statements it prints. */
public final class SqlQuoting {
    private SqlQuoting() {
    }

    /** {@code `name`}, a backtick inside doubled. */
    public static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /**
     * A string literal as SHOW CREATE prints a COMMENT: {@code '} doubled; backslash, NUL, newline and carriage
     * return backslash-escaped.
     */
    public static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\0' -> out.append("\\0");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("''");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
