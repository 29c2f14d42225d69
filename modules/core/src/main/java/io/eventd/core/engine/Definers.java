package io.eventd.core.engine;

import io.eventd.core.catalog.Accounts;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.sql.ast.DefinerClause;

/** The DEFINER of a CREATE / ALTER EVENT (shared/mysql-events.md 1.4): 1227, Note 1449. */
final class Definers {
    private Definers() {
    }

    /** The session user unless the clause names another account, which needs an admin and may not exist (Note). */
    static Account resolve(DefinerClause clause, StatementRun run) {
        Account user = run.session().user();
        if (clause == null || clause.isCurrentUser()) {
            return user;
        }
        Account named = new Account(clause.user(), clause.host());
        if (named.user().equals(user.user()) && named.host().equalsIgnoreCase(user.host())) {
            return user;
        }
        Accounts accounts = run.engine().accounts();
        if (!accounts.isAdmin(user)) {
            throw new SqlException(MysqlErrors.needSuperOrSetUserId());
        }
        if (!accounts.exists(named)) {
            run.note(MysqlErrors.noSuchDefiner(named.user(), named.host()));
        }
        return named;
    }
}
