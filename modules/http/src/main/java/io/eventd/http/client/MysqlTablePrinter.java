package io.eventd.http.client;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Renders statement results as the interactive mysql client prints them: boxed tables with numbers
 * right-aligned and NULL for null, {@code 2 rows in set (0.00 sec)}, {@code Empty set}, {@code Query OK, 0 rows
 * affected}, the warnings count, and {@code ERROR 1537 (HY000): Event 'e' already exists}. Every result but an error
 * is followed by a blank line, as in mysql.
 */
public final class MysqlTablePrinter {
    private static final String NULL = "NULL";

    private MysqlTablePrinter() {
    }

    /** The text mysql prints for {@code result}, the statement having taken {@code elapsed}. */
    public static String format(ClientResult result, Duration elapsed) {
        if (!result.ok()) {
            return result.error().clientLine() + "\n";
        }
        StringBuilder out = new StringBuilder();
        if (!result.hasRows()) {
            out.append("Query OK, 0 rows affected");
        } else if (result.rows().isEmpty()) {
            out.append("Empty set");
        } else {
            table(out, result.columns(), result.rows());
            int n = result.rows().size();
            out.append(n).append(n == 1 ? " row in set" : " rows in set");
        }
        int warnings = result.warnings().size();
        if (warnings > 0) {
            out.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        return out.append(" (").append(niceTime(elapsed)).append(")\n\n").toString();
    }

    private static void table(StringBuilder out, List<String> columns, List<List<Object>> rows) {
        int[] widths = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(columns.get(c));
            numeric[c] = isNumeric(rows, c);
            for (List<Object> row : rows) {
                widths[c] = Math.max(widths[c], width(text(row.get(c))));
            }
        }
        String border = border(widths);
        out.append(border);
        line(out, columns.stream().map(Object.class::cast).toList(), widths, new boolean[widths.length]);
        out.append(border);
        for (List<Object> row : rows) {
            line(out, row, widths, numeric);
        }
        out.append(border);
    }

    private static String border(int[] widths) {
        StringBuilder line = new StringBuilder("+");
        for (int width : widths) {
            line.append("-".repeat(width + 2)).append('+');
        }
        return line.append('\n').toString();
    }

    private static void line(StringBuilder out, List<Object> cells, int[] widths, boolean[] rightAligned) {
        out.append('|');
        for (int c = 0; c < widths.length; c++) {
            String text = text(cells.get(c));
            String pad = " ".repeat(widths[c] - width(text));
            out.append(' ').append(rightAligned[c] ? pad + text : text + pad).append(" |");
        }
        out.append('\n');
    }

    /** A column mysql would type as a number: every cell that is not NULL is one. */
    private static boolean isNumeric(List<List<Object>> rows, int column) {
        boolean any = false;
        for (List<Object> row : rows) {
            Object cell = row.get(column);
            if (cell != null) {
                if (!(cell instanceof Number)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String text(Object cell) {
        return cell == null ? NULL : cell.toString();
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** mysql's elapsed-time text: {@code 0.00 sec}, {@code 1 min 5.25 sec}, {@code 2 hours 0 min 1.00 sec}. */
    static String niceTime(Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        StringBuilder out = new StringBuilder();
        seconds = unit(out, seconds, 86_400, "day");
        seconds = unit(out, seconds, 3_600, "hour");
        if (seconds >= 60) {
            long minutes = (long) Math.floor(seconds / 60);
            seconds -= minutes * 60.0;
            out.append(minutes).append(" min ");
        }
        return out.append(String.format(Locale.ROOT, "%.2f sec", seconds)).toString();
    }

    private static double unit(StringBuilder out, double seconds, int size, String name) {
        if (seconds < size) {
            return seconds;
        }
        long count = (long) Math.floor(seconds / size);
        out.append(count).append(' ').append(name).append(count > 1 ? "s " : " ");
        return seconds - count * (double) size;
    }
}
