package io.eventd.core.render;

import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.sql.eval.Values;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The columns of {@code eventd.history}: {@link ExecutionRecord}'s fields in snake_case. Times are UTC
 * {@code YYYY-MM-DD HH:MM:SS[.ffffff]} (the fraction only when there is one, trailing zeros dropped).
 */
public enum HistoryColumn {
    SCHEMA_NAME(EventsColumn.Kind.TEXT, ExecutionRecord::schema),
    EVENT_NAME(EventsColumn.Kind.TEXT, ExecutionRecord::event),
    SCHEDULED_AT(EventsColumn.Kind.DATETIME, r -> utc(Instant.ofEpochSecond(r.scheduledAt()))),
    STARTED_AT(EventsColumn.Kind.DATETIME, r -> utc(r.startedAt())),
    FINISHED_AT(EventsColumn.Kind.DATETIME, r -> r.finishedAt() == null ? null : utc(r.finishedAt())),
    STATUS(EventsColumn.Kind.TEXT, r -> r.status().name()),
    ROWS_AFFECTED(EventsColumn.Kind.NUMBER, ExecutionRecord::rowsAffected),
    WARNINGS(EventsColumn.Kind.NUMBER, r -> (long) r.warnings()),
    ERROR_CODE(EventsColumn.Kind.NUMBER, r -> r.errorCode() == null ? null : (long) r.errorCode()),
    SQL_STATE(EventsColumn.Kind.TEXT, ExecutionRecord::sqlState),
    ERROR_MESSAGE(EventsColumn.Kind.TEXT, ExecutionRecord::errorMessage),
    REASON(EventsColumn.Kind.TEXT, ExecutionRecord::reason),
    NODE(EventsColumn.Kind.TEXT, ExecutionRecord::node),
    ATTEMPT(EventsColumn.Kind.NUMBER, r -> (long) r.attempt()),
    FENCING_TOKEN(EventsColumn.Kind.NUMBER, ExecutionRecord::fencingToken);

    private final EventsColumn.Kind kind;
    private final Function<ExecutionRecord, Object> cell;

    HistoryColumn(EventsColumn.Kind kind, Function<ExecutionRecord, Object> cell) {
        this.kind = kind;
        this.cell = cell;
    }

    /** The column's name: {@code schema_name}, {@code started_at}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public EventsColumn.Kind kind() {
        return kind;
    }

    public static List<String> labels() {
        return Stream.of(values()).map(HistoryColumn::label).toList();
    }

    /** The 15 cells of one record, in column order: String, Long or null. */
    public static List<Object> row(ExecutionRecord record) {
        return Stream.of(values()).map(column -> column.cell.apply(record)).toList();
    }

    private static String utc(Instant instant) {
        return Values.formatDateTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
