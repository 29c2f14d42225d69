package io.eventd.core.engine;

import io.eventd.core.catalog.CreationContext;
import io.eventd.core.error.Diagnostic;
import io.eventd.core.event.Account;
import io.eventd.core.sql.eval.Value;
import io.eventd.core.time.MysqlZones;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** One client session's state: who, which database, which zone and sql_mode, variables and last diagnostics. */
public final class Session {
    /** MySQL 8.0's default sql_mode. */
    public static final String DEFAULT_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,"
            + "NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
    public static final int DEFAULT_FIRES = 5;
    private static final CreationContext UTF8MB4 =
            new CreationContext("utf8mb4", "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci");

    private final Clock clock;
    private final ZoneId systemZone;
    private final Map<String, Value> userVariables = new HashMap<>();
    private Account user;
    private String database;
    private String timeZone = "SYSTEM";
    private Long timestamp;
    private String sqlMode = DEFAULT_SQL_MODE;
    private List<Diagnostic> diagnostics = List.of();
    private long serverId = 1;
    private int fires = DEFAULT_FIRES;

    public Session(Account user, Clock clock, ZoneId systemZone) {
        this.user = Objects.requireNonNull(user, "user");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.systemZone = Objects.requireNonNull(systemZone, "systemZone");
    }

    /** The statement time: {@code SET TIMESTAMP}'s value, else the clock. */
    public long now() {
        return timestamp != null ? timestamp : clock.now();
    }

    public Account user() {
        return user;
    }

    public void setUser(Account user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    /** The current database, null when none is selected. */
    public String database() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    /** The time_zone name as MySQL keeps it: {@code SYSTEM}, {@code +05:00}, {@code Europe/Berlin}. */
    public String timeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return MysqlZones.resolve(timeZone, systemZone);
    }

    public ZoneId systemZone() {
        return systemZone;
    }

    /** Validates (1298) and stores the canonical name. */
    public void setTimeZone(String name) {
        MysqlZones.resolve(name, systemZone);
        timeZone = MysqlZones.canonicalName(name);
    }

    /** {@code SET TIMESTAMP}: a fixed statement time, or null for the clock (DEFAULT). */
    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }

    public String sqlMode() {
        return sqlMode;
    }

    public void setSqlMode(String sqlMode) {
        this.sqlMode = Objects.requireNonNull(sqlMode, "sqlMode");
    }

    /** The character-set context events record: utf8mb4 / utf8mb4_0900_ai_ci. */
    public CreationContext creationContext() {
        return UTF8MB4;
    }

    /** {@code @name}, case-insensitive; NULL when never set. */
    public Value userVariable(String name) {
        return userVariables.getOrDefault(name.toLowerCase(Locale.ROOT), Value.NULL);
    }

    public void setUserVariable(String name, Value value) {
        userVariables.put(name.toLowerCase(Locale.ROOT), value);
    }

    /** What SHOW WARNINGS lists: the notes, warnings and error of the previous statement. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    void setDiagnostics(List<Diagnostic> diagnostics) {
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** {@code @@server_id}: the ORIGINATOR of the events this session creates. */
    public long serverId() {
        return serverId;
    }

    public void setServerId(long serverId) {
        this.serverId = serverId;
    }

    /** How many coming firings a CREATE / ALTER EVENT result lists. */
    public int fires() {
        return fires;
    }

    public void setFires(int fires) {
        this.fires = fires;
    }
}
