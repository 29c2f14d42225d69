package io.eventd.core.engine;

import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.catalog.AccountStore;
import io.eventd.core.catalog.Accounts;
import io.eventd.core.catalog.Privileges;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlError;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATE / ALTER / DROP USER, GRANT, REVOKE and SHOW GRANTS with MySQL's codes. Account management needs SUPER
 * (1227 with MySQL's CREATE USER text); GRANT / REVOKE without it are refused as MySQL refuses a user without GRANT
 * OPTION (1045 on {@code *.*}, 1044 on a schema). Every account is checked before any is changed.
 */
final class AccountStatements {
    private AccountStatements() {
    }

    /** 1396 for accounts that exist (Note 3163 each with IF NOT EXISTS). */
    static StatementResult createUser(Statement.CreateUser create, StatementRun run) {
        requireAccountAdmin(run);
        Accounts accounts = run.engine().accounts();
        List<String> failed = new ArrayList<>();
        List<Statement.UserSpec> toCreate = new ArrayList<>();
        for (Statement.UserSpec spec : create.users()) {
            Account account = AccountDirectory.normalize(spec.account());
            if (!accounts.exists(account)) {
                toCreate.add(spec);
            } else if (create.ifNotExists()) {
                run.note(MysqlErrors.userAlreadyExists(account.quoted()));
            } else {
                failed.add(account.quoted());
            }
        }
        failIfAny("CREATE USER", failed);
        for (Statement.UserSpec spec : toCreate) {
            if (!accounts.create(spec.account(), password(spec)) && !create.ifNotExists()) {
                failed.add(AccountDirectory.normalize(spec.account()).quoted());
            }
        }
        failIfAny("CREATE USER", failed);
        return StatementResult.ok(run.notes());
    }

    /** 1396 for missing accounts (Note 3162 each with IF EXISTS); a user may change their own password. */
    static StatementResult alterUser(Statement.AlterUser alter, StatementRun run) {
        boolean self = alter.users().size() == 1 && isSessionUser(alter.users().get(0).account(), run);
        if (!self) {
            requireAccountAdmin(run);
        }
        List<Account> existing = existing(alter.users().stream().map(Statement.UserSpec::account).toList(),
                alter.ifExists(), "ALTER USER", run);
        for (Statement.UserSpec spec : alter.users()) {
            if (spec.password() != null && existing.contains(spec.account())) {
                run.engine().accounts().changePassword(spec.account(), password(spec));
            }
        }
        return StatementResult.ok(run.notes());
    }

    /** 1396 for missing accounts (Note 3162 each with IF EXISTS); Warning 4005 for each dropped definer of an event. */
    static StatementResult dropUser(Statement.DropUser drop, StatementRun run) {
        requireAccountAdmin(run);
        for (Account account : existing(drop.users(), drop.ifExists(), "DROP USER", run)) {
            run.engine().accounts().drop(account);
            if (isDefiner(account, run)) {
                run.warning(MysqlErrors.userReferencedAsDefiner(AccountDirectory.normalize(account).quoted()));
            }
        }
        return StatementResult.ok(run.notes());
    }

    /** 1410 for an account that does not exist. */
    static StatementResult grant(Statement.Grant grant, StatementRun run) {
        String schema = schemaOf(grant.level(), run);
        requireGrantOption(schema, run);
        Accounts accounts = run.engine().accounts();
        for (Account account : grant.accounts()) {
            if (!accounts.exists(account)) {
                throw new SqlException(MysqlErrors.cannotCreateUserWithGrant());
            }
        }
        if (!grant.privileges().isEmpty()) {
            for (Account account : grant.accounts()) {
                if (accounts.grant(account, grant.privileges(), schema) != AccountStore.Outcome.DONE) {
                    throw new SqlException(MysqlErrors.cannotCreateUserWithGrant());
                }
            }
        }
        return StatementResult.ok(run.notes());
    }

    /** 1141 for an account that does not exist or holds nothing on the schema. */
    static StatementResult revoke(Statement.Revoke revoke, StatementRun run) {
        String schema = schemaOf(revoke.level(), run);
        requireGrantOption(schema, run);
        Accounts accounts = run.engine().accounts();
        for (Account account : revoke.accounts()) {
            boolean held = accounts.privileges(account)
                    .map(p -> schema == null || p.eventSchemas().contains(schema)).orElse(false);
            if (!held) {
                throw new SqlException(noSuchGrant(account));
            }
        }
        if (!revoke.privileges().isEmpty()) {
            for (Account account : revoke.accounts()) {
                if (accounts.revoke(account, revoke.privileges(), schema) != AccountStore.Outcome.DONE) {
                    throw new SqlException(noSuchGrant(account));
                }
            }
        }
        return StatementResult.ok(run.notes());
    }

    /** The current user's grants, or another account's (SUPER, else 1044 on database mysql); 1141 when unknown. */
    static StatementResult showGrants(Statement.ShowGrants show, StatementRun run) {
        Account user = run.session().user();
        Account account = show.account() == null ? user : show.account();
        if (!isSessionUser(account, run) && !run.isAdmin()) {
            throw new SqlException(MysqlErrors.databaseAccessDenied(user.user(), user.host(), "mysql"));
        }
        Account shown = AccountDirectory.normalize(account);
        Privileges privileges = run.engine().accounts().privileges(shown)
                .orElseThrow(() -> new SqlException(noSuchGrant(shown)));
        List<List<Object>> rows = GrantsText.lines(shown, privileges).stream().map(line -> List.<Object>of(line))
                .toList();
        return StatementResult.rows(run.notes(), List.of(GrantsText.columnName(shown)), rows);
    }

    private static void requireAccountAdmin(StatementRun run) {
        if (!run.isAdmin()) {
            throw new SqlException(MysqlErrors.needCreateUser());
        }
    }

    /** As MySQL answers a user without GRANT OPTION: 1045 on {@code *.*}, 1044 on a schema. */
    private static void requireGrantOption(String schema, StatementRun run) {
        if (run.isAdmin()) {
            return;
        }
        Account user = run.session().user();
        throw new SqlException(schema == null ? MysqlErrors.accessDenied(user.user(), user.host(), true)
                : MysqlErrors.databaseAccessDenied(user.user(), user.host(), schema));
    }

    /** The schema of {@code db.*}, the current database for {@code *} (1046 without one), null for {@code *.*}. */
    private static String schemaOf(Statement.GrantLevel level, StatementRun run) {
        if (level.global()) {
            return null;
        }
        return level.schema() != null ? level.schema() : run.currentDatabase();
    }

    /** The accounts that exist; 1396 listing the missing ones, or Note 3162 for each with IF EXISTS. */
    private static List<Account> existing(List<Account> named, boolean ifExists, String operation, StatementRun run) {
        List<Account> existing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Account account : named) {
            if (run.engine().accounts().exists(account)) {
                existing.add(account);
            } else if (ifExists) {
                run.note(MysqlErrors.userDoesNotExist(AccountDirectory.normalize(account).quoted()));
            } else {
                missing.add(AccountDirectory.normalize(account).quoted());
            }
        }
        failIfAny(operation, missing);
        return existing;
    }

    private static void failIfAny(String operation, List<String> failed) {
        if (!failed.isEmpty()) {
            throw new SqlException(MysqlErrors.operationFailed(operation, failed));
        }
    }

    private static boolean isSessionUser(Account account, StatementRun run) {
        return AccountDirectory.normalize(account).equals(AccountDirectory.normalize(run.session().user()));
    }

    private static boolean isDefiner(Account account, StatementRun run) {
        Account dropped = AccountDirectory.normalize(account);
        for (EventDefinition event : run.engine().catalog().list()) {
            if (AccountDirectory.normalize(event.definer()).equals(dropped)) {
                return true;
            }
        }
        return false;
    }

    private static SqlError noSuchGrant(Account account) {
        Account shown = AccountDirectory.normalize(account);
        return MysqlErrors.noSuchGrant(shown.user(), shown.host());
    }

    private static char[] password(Statement.UserSpec spec) {
        return spec.password() == null ? new char[0] : spec.password().toCharArray();
    }
}
