package io.eventd.core.sql.ast;

import io.eventd.core.event.Account;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.event.Privilege;
import io.eventd.core.sql.expr.Expr;
import java.util.List;
import java.util.Objects;

/**
 * Every statement eventd understands, as the parser produces it. Optional clauses are null when not written.
 */
public sealed interface Statement {

    /** {@code CREATE [DEFINER=…] EVENT [IF NOT EXISTS] name ON SCHEDULE … [ON COMPLETION …] [status] [COMMENT …] DO body}. */
    record CreateEvent(DefinerClause definer, boolean ifNotExists, QualifiedName name, ScheduleClause schedule,
                       OnCompletion onCompletion, StatusClause status, String comment, String body)
            implements Statement {
        public CreateEvent {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(body, "body");
        }
    }

    /** {@code ALTER [DEFINER=…] EVENT name [ON SCHEDULE …] [ON COMPLETION …] [RENAME TO …] [status] [COMMENT …] [DO body]}. */
    record AlterEvent(DefinerClause definer, QualifiedName name, ScheduleClause schedule, OnCompletion onCompletion,
                      QualifiedName renameTo, StatusClause status, String comment, String body) implements Statement {
        public AlterEvent {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code DROP EVENT [IF EXISTS] name}. */
    record DropEvent(boolean ifExists, QualifiedName name) implements Statement {
    }

    /** {@code SHOW EVENTS [{FROM|IN} db] [LIKE 'p' | WHERE expr]}. */
    record ShowEvents(String schema, String like, Expr where) implements Statement {
    }

    /** {@code SHOW CREATE EVENT name}. */
    record ShowCreateEvent(QualifiedName name) implements Statement {
    }

    /**
     * {@code SELECT items [FROM information_schema.EVENTS] [WHERE …] [ORDER BY …] [LIMIT [offset,] n]}.
     * {@code from} is null for a SELECT without FROM ({@code SELECT @@event_scheduler}); {@code limit} and
     * {@code offset} are null when absent.
     */
    record Select(List<SelectItem> items, QualifiedName from, Expr where, List<OrderItem> orderBy, Long limit,
                  Long offset) implements Statement {
        public Select {
            items = List.copyOf(items);
            orderBy = List.copyOf(orderBy);
        }
    }

    /** One select-list item: {@code *} (expr null, star true) or an expression with an optional alias. */
    record SelectItem(Expr expr, String alias, boolean star, String text) {
    }

    record OrderItem(Expr expr, boolean descending) {
    }

    /** {@code SET a = x, GLOBAL b = y, @c := z, time_zone = …, TIMESTAMP = …}. */
    record Set(List<Assignment> assignments) implements Statement {
        public Set {
            assignments = List.copyOf(assignments);
        }
    }

    /** One assignment; {@code target} is a {@link Expr.UserVariable} or {@link Expr.SystemVariable}. */
    record Assignment(Expr target, Expr value) {
    }

    /** {@code SHOW [GLOBAL|SESSION] VARIABLES [LIKE 'p' | WHERE expr]}. */
    record ShowVariables(Expr.Scope scope, String like, Expr where) implements Statement {
    }

    /** {@code SHOW WARNINGS [LIMIT n]}. */
    record ShowWarnings(Long limit) implements Statement {
    }

    /** {@code USE db}. */
    record Use(String schema) implements Statement {
    }

    /** {@code CREATE {DATABASE|SCHEMA} [IF NOT EXISTS] db}. */
    record CreateDatabase(boolean ifNotExists, String schema) implements Statement {
    }

    /** {@code DROP {DATABASE|SCHEMA} [IF EXISTS] db}. */
    record DropDatabase(boolean ifExists, String schema) implements Statement {
    }

    /** One account of CREATE / ALTER USER; {@code password} (of IDENTIFIED BY) null when not written. */
    record UserSpec(Account account, String password) {
        public UserSpec {
            Objects.requireNonNull(account, "account");
        }
    }

    /** {@code CREATE USER [IF NOT EXISTS] 'u'@'h' [IDENTIFIED BY 'pw'] [, …]}. */
    record CreateUser(boolean ifNotExists, List<UserSpec> users) implements Statement {
        public CreateUser {
            users = List.copyOf(users);
        }
    }

    /** {@code ALTER USER [IF EXISTS] 'u'@'h' [IDENTIFIED BY 'pw'] [, …]}. */
    record AlterUser(boolean ifExists, List<UserSpec> users) implements Statement {
        public AlterUser {
            users = List.copyOf(users);
        }
    }

    /** {@code DROP USER [IF EXISTS] 'u'@'h' [, …]}. */
    record DropUser(boolean ifExists, List<Account> users) implements Statement {
        public DropUser {
            users = List.copyOf(users);
        }
    }

    /**
     * Where a GRANT or REVOKE applies: {@code *.*} (global), {@code db.*} (schema set) or {@code *} (the current
     * database: neither global nor a schema).
     */
    record GrantLevel(boolean global, String schema) {
        public static final GrantLevel GLOBAL = new GrantLevel(true, null);
        public static final GrantLevel CURRENT_DATABASE = new GrantLevel(false, null);
    }

    /** {@code GRANT {EVENT | SUPER | ALL [PRIVILEGES] | USAGE} ON level TO account [, …]}; USAGE grants nothing. */
    record Grant(java.util.Set<Privilege> privileges, GrantLevel level, List<Account> accounts) implements Statement {
        public Grant {
            privileges = java.util.Set.copyOf(privileges);
            accounts = List.copyOf(accounts);
        }
    }

    /** {@code REVOKE privileges ON level FROM account [, …]}. */
    record Revoke(java.util.Set<Privilege> privileges, GrantLevel level, List<Account> accounts) implements Statement {
        public Revoke {
            privileges = java.util.Set.copyOf(privileges);
            accounts = List.copyOf(accounts);
        }
    }

    /** {@code SHOW GRANTS [FOR account]}; {@code account} null for the current user. */
    record ShowGrants(Account account) implements Statement {
    }

    /** {@code SHOW [FULL] PROCESSLIST}. */
    record ShowProcesslist(boolean full) implements Statement {
    }

    /** {@code SHOW [GLOBAL|SESSION] STATUS [LIKE 'p' | WHERE expr]}. */
    record ShowStatus(Expr.Scope scope, String like, Expr where) implements Statement {
    }
}
