package io.eventd.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements the way the mysql command-line client does: at the current delimiter
 * ({@code ;} until a {@code DELIMITER xyz} line changes it), never inside quotes or comments. Statements that
 * hold only whitespace and comments are dropped; a last statement without a delimiter is kept.
 */
public final class ScriptSplitter {
    private static final String DELIMITER_COMMAND = "delimiter";

    private final String script;
    private final List<ScriptStatement> statements = new ArrayList<>();
    private final LineCounter lines;
    private String delimiter = ";";
    private int statementStart;
    private boolean hasContent;

    private ScriptSplitter(String script) {
        this.script = script;
        this.lines = new LineCounter(script);
    }

    public static List<ScriptStatement> split(String script) {
        return new ScriptSplitter(script).run();
    }

    private List<ScriptStatement> run() {
        int n = script.length();
        int i = 0;
        while (i < n) {
            if (i == 0 || script.charAt(i - 1) == '\n') {
                int afterCommand = delimiterCommand(i);
                if (afterCommand >= 0) {
                    i = afterCommand;
                    continue;
                }
            }
            if (script.startsWith(delimiter, i)) {
                flush(i);
                i += delimiter.length();
                statementStart = i;
                continue;
            }
            i = skipToken(i);
        }
        flush(n);
        return statements;
    }

    /** Handles a {@code DELIMITER xyz} line starting at {@code lineStart}; returns the line's end, or -1. */
    private int delimiterCommand(int lineStart) {
        int j = lineStart;
        while (j < script.length() && (script.charAt(j) == ' ' || script.charAt(j) == '\t')) {
            j++;
        }
        int argument = j + DELIMITER_COMMAND.length();
        if (argument >= script.length() || !script.regionMatches(true, j, DELIMITER_COMMAND, 0, DELIMITER_COMMAND.length())
                || (script.charAt(argument) != ' ' && script.charAt(argument) != '\t')) {
            return -1;
        }
        flush(lineStart);
        int end = script.indexOf('\n', argument);
        end = end < 0 ? script.length() : end;
        String[] words = script.substring(argument, end).trim().split("\\s+");
        if (!words[0].isEmpty()) {
            delimiter = words[0];
        }
        statementStart = end;
        return end;
    }

    /** Skips one quoted string, comment or character, noting whether it is statement content. */
    private int skipToken(int i) {
        char c = script.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            hasContent = true;
            return skipQuoted(i, c);
        }
        if (c == '#' || Comments.isDashDash(script, i)) {
            int eol = script.indexOf('\n', i);
            return eol < 0 ? script.length() : eol;
        }
        if (script.startsWith("/*", i)) {
            hasContent |= script.startsWith("/*!", i);
            int close = script.indexOf("*/", i + 2);
            return close < 0 ? script.length() : close + 2;
        }
        hasContent |= !Character.isWhitespace(c);
        return i + 1;
    }

    private int skipQuoted(int open, char quote) {
        int j = open + 1;
        while (j < script.length()) {
            char ch = script.charAt(j);
            if (ch == '\\' && quote != '`') {
                j += 2;
            } else if (ch == quote && j + 1 < script.length() && script.charAt(j + 1) == quote) {
                j += 2;
            } else if (ch == quote) {
                return j + 1;
            } else {
                j++;
            }
        }
        return script.length();
    }

    private void flush(int end) {
        if (hasContent) {
            int start = statementStart;
            while (Character.isWhitespace(script.charAt(start))) {
                start++;
            }
            statements.add(new ScriptStatement(script.substring(start, end).strip(), lines.lineAt(start)));
        }
        hasContent = false;
        statementStart = end;
    }
}
