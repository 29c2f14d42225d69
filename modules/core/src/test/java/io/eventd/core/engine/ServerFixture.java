package io.eventd.core.engine;

import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.catalog.InMemoryAccountStore;
import io.eventd.core.catalog.InMemoryCatalog;
import io.eventd.core.catalog.InMemorySchemas;
import io.eventd.core.catalog.TestPasswordHasher;
import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.SqlError;
import io.eventd.core.event.Account;
import io.eventd.core.history.InMemoryExecutionHistory;
import io.eventd.core.history.InMemoryRunningExecutions;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A server-like engine run through SQL text: accounts with root@% as admin, schemas test / other / mysql, running
 * executions, counters and history in memory, the clock at 2026-01-01 00:00:00 UTC.
 */
final class ServerFixture {
    static final Account ROOT = AccountDirectory.ROOT;

    final InMemoryCatalog catalog = new InMemoryCatalog();
    final InMemorySchemas schemas = new InMemorySchemas("test", "other", "mysql");
    final AccountDirectory accounts = new AccountDirectory(new InMemoryAccountStore(), new TestPasswordHasher());
    final OfflineClock clock = new OfflineClock(EngineFixture.START);
    final InMemoryRunningExecutions running = new InMemoryRunningExecutions();
    final LocalStatementCounters counters = new LocalStatementCounters();
    final InMemoryExecutionHistory history = new InMemoryExecutionHistory(100);
    final StatementExecutor executor = new StatementExecutor(new Engine(catalog, schemas, accounts,
            new OfflineScheduler(catalog, clock, ZoneOffset.UTC, true), running, counters, history));
    final Session root = session(ROOT);

    ServerFixture() {
        accounts.seedAdmin(ROOT, "rootpw".toCharArray());
    }

    /** A session of {@code user} in database test. */
    Session session(Account user) {
        Session session = new Session(user, clock, ZoneOffset.UTC);
        session.setDatabase("test");
        session.setFires(1);
        return session;
    }

    StatementResult run(Session session, String sql) {
        return executor.execute(sql, session);
    }

    StatementResult ok(Session session, String sql) {
        StatementResult result = run(session, sql);
        if (!result.ok()) {
            throw new AssertionError(sql + " -> " + result.error().clientLine());
        }
        return result;
    }

    List<Diagnostic> warnings(Session session, String sql) {
        return ok(session, sql).warnings();
    }

    SqlError error(Session session, String sql) {
        StatementResult result = run(session, sql);
        if (result.ok()) {
            throw new AssertionError("expected an error from " + sql + ", got " + result);
        }
        return result.error();
    }

    List<List<Object>> rows(Session session, String sql) {
        return ok(session, sql).rows();
    }

    /** Creates {@code user}@% (password pw) as root and runs the given GRANTs for it; returns its session. */
    Session user(String user, String... grants) {
        ok(root, "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'pw'");
        for (String grant : grants) {
            ok(root, "GRANT " + grant + " TO " + user);
        }
        return session(new Account(user, "%"));
    }
}
