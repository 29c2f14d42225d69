package io.eventd.server.process;

import io.eventd.jdbc.testing.SharedMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads per-event lists of whole seconds out of a table and says where a sequence breaks: for every event, every
 * second from its first to its last must appear exactly once.
 */
final class TickRows {
    private TickRows() {
    }

    /** {@code sql} returns (event, epoch second) rows; the result maps each event to its seconds, ascending. */
    static Map<String, List<Long>> secondsByEvent(String sql) {
        Map<String, List<Long>> seconds = new TreeMap<>();
        try (Connection c = SharedMariaDb.pool().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                seconds.computeIfAbsent(rs.getString(1), e -> new ArrayList<>()).add(rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        seconds.values().forEach(list -> list.sort(null));
        return seconds;
    }

    /** One line per missed or doubled second ("e7 missed 1717171717"), empty when every sequence is whole. */
    static List<String> breaks(Map<String, List<Long>> secondsByEvent) {
        List<String> breaks = new ArrayList<>();
        secondsByEvent.forEach((event, seconds) -> {
            for (int i = 1; i < seconds.size(); i++) {
                long previous = seconds.get(i - 1);
                long current = seconds.get(i);
                if (current == previous) {
                    breaks.add(event + " doubled " + current);
                }
                for (long missed = previous + 1; missed < current; missed++) {
                    breaks.add(event + " missed " + missed);
                }
            }
        });
        return breaks;
    }

    /** History rows counted by status and reason, for a failure message. */
    static Map<String, Long> statuses(String historyTable) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = SharedMariaDb.pool().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CONCAT(status, ' ', COALESCE(reason, '')), COUNT(*) FROM "
                     + historyTable + " GROUP BY 1")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
