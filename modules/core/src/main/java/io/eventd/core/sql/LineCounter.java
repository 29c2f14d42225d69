package io.eventd.core.sql;

/** 1-based line numbers of offsets asked in (mostly) increasing order, in linear total time. */
final class LineCounter {
    private final String text;
    private int offset;
    private int line = 1;

    LineCounter(String text) {
        this.text = text;
    }

    int lineAt(int target) {
        for (; offset > target; offset--) {
            if (text.charAt(offset - 1) == '\n') {
                line--;
            }
        }
        for (; offset < target; offset++) {
            if (text.charAt(offset) == '\n') {
                line++;
            }
        }
        return line;
    }
}
