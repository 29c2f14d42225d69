package io.eventd.server;

import io.eventd.core.catalog.Accounts;
import io.eventd.core.catalog.InMemoryCatalog;
import io.eventd.core.catalog.InMemorySchemas;
import io.eventd.core.catalog.OfflineAccounts;
import io.eventd.core.engine.Engine;
import io.eventd.core.engine.OfflineClock;
import io.eventd.core.engine.OfflineScheduler;
import io.eventd.core.engine.Session;
import io.eventd.http.json.ResultJson;
import io.eventd.core.engine.StatementExecutor;
import io.eventd.core.engine.StatementResult;
import io.eventd.core.event.Account;
import io.eventd.core.time.MysqlZones;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code eventd check}: runs SQL from standard input against an in-memory catalog with a fixed clock and prints one
 * result line of JSON per statement (DESIGN.md, "Offline check"). No network, no database; exit code 0 even when
 * statements fail.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Dry-run event statements offline: reads SQL from standard input, prints one JSON result per "
                + "statement.", "SET TIMESTAMP moves the clock; moving it forward fires events as a never-late "
                + "scheduler would (bodies are not run)."})
final class CheckCommand implements Callable<Integer> {
    private static final DateTimeFormatter NOW_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--now", paramLabel = "'YYYY-MM-DD HH:MM:SS'",
            description = "The clock at the start, in UTC (default: the current time).")
    String now;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "SYSTEM",
            description = "The session time_zone: SYSTEM, an offset like +05:00, or a name like Europe/Berlin "
                    + "(default: ${DEFAULT-VALUE}).")
    String timeZone;

    @Option(names = "--system-time-zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "What the time_zone SYSTEM stands for (default: ${DEFAULT-VALUE}).")
    String systemTimeZone;

    @Option(names = "--database", paramLabel = "DB",
            description = "A database that exists and is the current one (USE db).")
    String database;

    @Option(names = "--fires", paramLabel = "N", defaultValue = "" + Session.DEFAULT_FIRES,
            description = "How many coming firings CREATE / ALTER EVENT list (default: ${DEFAULT-VALUE}).")
    int fires;

    @Option(names = "--user", paramLabel = "USER[@HOST]",
            description = "Run as this account instead of root@localhost: it holds EVENT on --database only and "
                    + "no admin privilege (host defaults to %%).")
    String user;

    private final InputStream in;
    private final PrintStream out;

    CheckCommand() {
        this(System.in, System.out);
    }

    CheckCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (fires < 0) {
            throw new ParameterException(spec.commandLine(), "--fires must not be negative");
        }
        ZoneId systemZone = zone(systemTimeZone, "--system-time-zone");
        OfflineClock clock = new OfflineClock(startInstant());
        InMemoryCatalog catalog = new InMemoryCatalog();
        InMemorySchemas schemas = database == null ? new InMemorySchemas() : new InMemorySchemas(database);
        Account account = user == null ? OfflineAccounts.ROOT : account(user);
        Accounts accounts = user == null ? OfflineAccounts.rootOnly()
                : OfflineAccounts.withAccount(account, database == null ? Set.of() : Set.of(database));
        Engine engine = new Engine(catalog, schemas, accounts, new OfflineScheduler(catalog, clock, systemZone, true));
        Session session = new Session(account, clock, systemZone);
        zone(timeZone, "--time-zone");
        session.setTimeZone(timeZone);
        session.setDatabase(database);
        session.setFires(fires);

        String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        List<StatementResult> results = new StatementExecutor(engine).executeScript(script, session);
        for (int i = 0; i < results.size(); i++) {
            out.println(ResultJson.line(i + 1, results.get(i)));
        }
        out.flush();
        return 0;
    }

    private long startInstant() {
        if (now == null) {
            return System.currentTimeMillis() / 1000;
        }
        try {
            return LocalDateTime.parse(now.trim(), NOW_FORMAT).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--now must look like 'YYYY-MM-DD HH:MM:SS': " + now);
        }
    }

    private ZoneId zone(String name, String option) {
        try {
            return MysqlZones.resolve(name, ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), option + ": unknown time zone '" + name + "'");
        }
    }

    private static Account account(String spec) {
        int at = spec.lastIndexOf('@');
        return at < 0 ? new Account(spec, "%") : new Account(spec.substring(0, at), spec.substring(at + 1));
    }
}
