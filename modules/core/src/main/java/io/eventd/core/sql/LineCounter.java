package io.eventd.core.sql;

/** 1-based line numbers of offsets asked in increasing order, in linear total time. */
final class LineCounter {
    private final String text;
    private int offset;
    private int line = 1;

    LineCounter(String text) {
        this.text = text;
    }

    int lineAt(int target) {
        if (target < offset) {
            offset = 0;
            line = 1;
        }
        for (; offset < target; offset++) {
            if (text.charAt(offset) == '\n') {
                line++;
            }
        }
        return line;
    }
}
