package io.eventd.core.sql;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import io.eventd.core.sql.ast.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE / ALTER / DROP USER, GRANT, REVOKE and SHOW GRANTS, limited to what eventd keeps: a password, EVENT on a
 * schema or globally, SUPER (or ALL PRIVILEGES) globally. MySQL forms beyond that (authentication plugins, TLS
 * options, other privileges, roles, GRANT OPTION) are answered 7902. The cursor starts after the verb.
 */
final class AccountStatementParser {
    /** What may follow an account in MySQL's CREATE / ALTER USER besides IDENTIFIED BY. */
    private static final Set<String> OTHER_USER_OPTIONS = Set.of("IDENTIFIED", "REQUIRE", "WITH", "PASSWORD",
            "ACCOUNT", "DEFAULT", "COMMENT", "ATTRIBUTE", "FAILED_LOGIN_ATTEMPTS", "PASSWORD_LOCK_TIME", "DISCARD",
            "RETAIN", "REPLACE");

    private final TokenCursor in;

    AccountStatementParser(TokenCursor in) {
        this.in = in;
    }

    /** {@code user[@host]} with the user and host as strings, words or quoted identifiers; host omitted means {@code %}. */
    static Account account(TokenCursor in) {
        String user = accountPart(in);
        String host = in.acceptOperator("@") ? accountPart(in) : "%";
        return new Account(user, host);
    }

    private static String accountPart(TokenCursor in) {
        Token t = in.peek();
        if (t.type() == TokenType.STRING || t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENT) {
            return in.next().value();
        }
        throw in.error();
    }

    /** After CREATE, on USER. */
    Statement.CreateUser createUser() {
        in.expectWord("USER");
        boolean ifNotExists = ifExists(true);
        return new Statement.CreateUser(ifNotExists, userSpecs("CREATE USER"));
    }

    /** After ALTER, on USER. */
    Statement.AlterUser alterUser() {
        in.expectWord("USER");
        boolean ifExists = ifExists(false);
        return new Statement.AlterUser(ifExists, userSpecs("ALTER USER"));
    }

    /** After DROP, on USER. */
    Statement.DropUser dropUser() {
        in.expectWord("USER");
        boolean ifExists = ifExists(false);
        List<Account> accounts = accounts();
        in.expectStatementEnd();
        return new Statement.DropUser(ifExists, accounts);
    }

    /** After GRANT. */
    Statement.Grant grant() {
        Set<Privilege> privileges = privileges("GRANT");
        Statement.GrantLevel level = level(privileges, "GRANT");
        in.expectWord("TO");
        List<Account> accounts = accounts();
        if (in.peekWord("WITH") || in.peekWord("AS")) {
            throw new SqlException(EventdErrors.unsupportedStatement("GRANT … " + in.peekKeyword(0)));
        }
        in.expectStatementEnd();
        return new Statement.Grant(privileges, level, accounts);
    }

    /** After REVOKE. */
    Statement.Revoke revoke() {
        Set<Privilege> privileges = privileges("REVOKE");
        Statement.GrantLevel level = level(privileges, "REVOKE");
        in.expectWord("FROM");
        List<Account> accounts = accounts();
        in.expectStatementEnd();
        return new Statement.Revoke(privileges, level, accounts);
    }

    /** After SHOW, on GRANTS: {@code [FOR account | FOR CURRENT_USER[()]]}. */
    Statement.ShowGrants showGrants() {
        in.expectWord("GRANTS");
        Account account = null;
        if (in.acceptWord("FOR")) {
            if (in.acceptWord("CURRENT_USER")) {
                if (in.acceptOperator("(")) {
                    in.expectOperator(")");
                }
            } else {
                account = account(in);
            }
        }
        if (in.peekWord("USING")) {
            throw new SqlException(EventdErrors.unsupportedStatement("SHOW GRANTS … USING"));
        }
        in.expectStatementEnd();
        return new Statement.ShowGrants(account);
    }

    private boolean ifExists(boolean not) {
        if (!in.acceptWord("IF")) {
            return false;
        }
        if (not) {
            in.expectWord("NOT");
        }
        in.expectWord("EXISTS");
        return true;
    }

    private List<Statement.UserSpec> userSpecs(String statement) {
        List<Statement.UserSpec> specs = new ArrayList<>();
        do {
            Account account = account(in);
            String password = null;
            if (in.peekWord("IDENTIFIED") && in.peek(1).isWord("BY") && in.peek(2).type() == TokenType.STRING) {
                in.next();
                in.next();
                password = in.next().value();
            }
            if (OTHER_USER_OPTIONS.contains(in.peekKeyword(0))) {
                throw new SqlException(EventdErrors.unsupportedStatement(statement + " … " + in.peekKeyword(0)
                        + " (eventd keeps IDENTIFIED BY 'password' only)"));
            }
            specs.add(new Statement.UserSpec(account, password));
        } while (in.acceptOperator(","));
        in.expectStatementEnd();
        return specs;
    }

    private List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        do {
            accounts.add(account(in));
        } while (in.acceptOperator(","));
        return accounts;
    }

    /** {@code EVENT | SUPER | USAGE | ALL [PRIVILEGES]}, comma-separated, up to ON; ALL stands alone. */
    private Set<Privilege> privileges(String verb) {
        Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);
        do {
            String word = in.peekKeyword(0);
            if (word.isEmpty()) {
                throw in.error();
            }
            in.next();
            switch (word) {
                case "EVENT" -> privileges.add(Privilege.EVENT);
                case "SUPER" -> privileges.add(Privilege.SUPER);
                case "USAGE" -> {
                }
                case "ALL" -> {
                    in.acceptWord("PRIVILEGES");
                    privileges.addAll(EnumSet.allOf(Privilege.class));
                }
                default -> throw new SqlException(EventdErrors.unsupportedStatement(verb + " " + word
                        + " (eventd grants EVENT, SUPER and ALL PRIVILEGES)"));
            }
        } while (in.acceptOperator(","));
        if (!in.peekWord("ON")) {
            throw new SqlException(EventdErrors.unsupportedStatement(verb + " of a role"));
        }
        return privileges;
    }

    /**
     * {@code ON *.* | db.* | *}: 1221 for SUPER on a schema, 7902 for ALL on a schema (eventd grants EVENT there)
     * and for a table.
     */
    private Statement.GrantLevel level(Set<Privilege> privileges, String verb) {
        in.expectWord("ON");
        if (in.peekWord("TABLE") || in.peekWord("FUNCTION") || in.peekWord("PROCEDURE")) {
            throw new SqlException(EventdErrors.unsupportedStatement(verb + " ON " + in.peekKeyword(0)));
        }
        Statement.GrantLevel level;
        if (in.acceptOperator("*")) {
            if (!in.acceptOperator(".")) {
                level = Statement.GrantLevel.CURRENT_DATABASE;
            } else {
                in.expectOperator("*");
                return Statement.GrantLevel.GLOBAL;
            }
        } else {
            String schema = Names.schemaName(in);
            in.expectOperator(".");
            if (!in.acceptOperator("*")) {
                throw new SqlException(EventdErrors.unsupportedStatement(verb + " on a table"));
            }
            level = new Statement.GrantLevel(false, schema);
        }
        if (privileges.contains(Privilege.SUPER) && privileges.contains(Privilege.EVENT)) {
            throw new SqlException(EventdErrors.unsupportedStatement(verb + " ALL ON a schema (eventd grants EVENT "
                    + "on a schema)"));
        }
        if (privileges.contains(Privilege.SUPER)) {
            throw new SqlException(MysqlErrors.wrongDbGrantUsage());
        }
        return level;
    }
}
