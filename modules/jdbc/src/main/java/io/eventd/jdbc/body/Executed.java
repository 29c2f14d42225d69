package io.eventd.jdbc.body;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

/** Rows affected and warnings of one statement sent to the server, its result sets read and thrown away. */
record Executed(long rowsAffected, int warnings) {

    static Executed run(Statement statement, String sql) throws SQLException {
        boolean isResultSet = statement.execute(sql);
        long rows = 0;
        while (true) {
            if (isResultSet) {
                try (ResultSet rs = statement.getResultSet()) {
                    while (rs.next()) {
                        // discarded: a body's SELECT output goes nowhere, as in MySQL's scheduler
                    }
                }
            } else {
                long count = statement.getLargeUpdateCount();
                if (count == -1) {
                    break;
                }
                rows += count;
            }
            isResultSet = statement.getMoreResults();
        }
        return new Executed(rows, countWarnings(statement.getWarnings()));
    }

    private static int countWarnings(SQLWarning first) {
        int count = 0;
        for (SQLWarning w = first; w != null; w = w.getNextWarning()) {
            count++;
        }
        return count;
    }
}
