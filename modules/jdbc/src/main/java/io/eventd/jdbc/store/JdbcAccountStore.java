package io.eventd.jdbc.store;

import io.eventd.core.catalog.Privileges;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Accounts in table {@code accounts} (password hash, global privileges) and their schema-level EVENT grants in
 * {@code account_grants}: what the cluster loads at start and writes through on every account change. User names
 * and hosts compare exactly (hosts arrive in lower case).
 */
public final class JdbcAccountStore {
    private static final String CREATE_ACCOUNTS = """
            CREATE TABLE IF NOT EXISTS %s (
              user VARCHAR(80) COLLATE utf8mb4_bin NOT NULL,
              host VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
              password_hash VARCHAR(255) NOT NULL,
              global_privileges VARCHAR(255) NOT NULL,
              PRIMARY KEY (user, host)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";
    private static final String CREATE_GRANTS = """
            CREATE TABLE IF NOT EXISTS %s (
              user VARCHAR(80) COLLATE utf8mb4_bin NOT NULL,
              host VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
              schema_name VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
              PRIMARY KEY (user, host, schema_name)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";

    private final MetadataSchema schema;
    private final String accounts;
    private final String grants;

    /** Creates the schema and tables if missing. */
    public JdbcAccountStore(MetadataSchema schema) {
        this.schema = schema;
        this.accounts = schema.table("accounts");
        this.grants = schema.table("account_grants");
        schema.createTable(CREATE_ACCOUNTS.formatted(accounts));
        schema.createTable(CREATE_GRANTS.formatted(grants));
    }

    /** Every account with its grants, ordered by user then host. */
    public Map<Account, StoredAccount> loadAll() {
        return schema.withConnection(connection -> {
            Map<Account, TreeSet<String>> schemas = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT user, host, schema_name FROM " + grants);
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    schemas.computeIfAbsent(new Account(rs.getString(1), rs.getString(2)), a -> new TreeSet<>())
                            .add(rs.getString(3));
                }
            }
            Map<Account, StoredAccount> all = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT user, host, password_hash, global_privileges FROM " + accounts + " ORDER BY user, host");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Account account = new Account(rs.getString(1), rs.getString(2));
                    all.put(account, new StoredAccount(account, rs.getString(3), new Privileges(
                            parse(rs.getString(4)), schemas.getOrDefault(account, new TreeSet<>()))));
                }
            }
            return all;
        });
    }

    public Optional<StoredAccount> load(Account account) {
        return schema.withConnection(connection -> {
            String hash;
            String global;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT password_hash, global_privileges FROM " + accounts + " WHERE user = ? AND host = ?")) {
                bind(select, account);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    hash = rs.getString(1);
                    global = rs.getString(2);
                }
            }
            TreeSet<String> schemas = new TreeSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT schema_name FROM " + grants + " WHERE user = ? AND host = ?")) {
                bind(select, account);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                }
            }
            return Optional.of(new StoredAccount(account, hash, new Privileges(parse(global), schemas)));
        });
    }

    /** Inserts the account or replaces the stored one (hash, privileges, grants) in one transaction. */
    public void store(StoredAccount stored) {
        inTransaction(connection -> {
            Account account = stored.account();
            try (PreparedStatement upsert = connection.prepareStatement(Upsert.sql(accounts,
                    List.of("user", "host", "password_hash", "global_privileges"), 2))) {
                bind(upsert, account);
                upsert.setString(3, stored.passwordHash());
                upsert.setString(4, format(stored.privileges().global()));
                upsert.executeUpdate();
            }
            deleteGrants(connection, account);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + grants + " (user, host, schema_name) VALUES (?, ?, ?)")) {
                for (String eventSchema : stored.privileges().eventSchemas()) {
                    insert.setString(1, account.user());
                    insert.setString(2, account.host());
                    insert.setString(3, eventSchema);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Removes the account and its grants. */
    public void delete(Account account) {
        inTransaction(connection -> {
            deleteGrants(connection, account);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + accounts + " WHERE user = ? AND host = ?")) {
                bind(delete, account);
                delete.executeUpdate();
            }
        });
    }

    private void deleteGrants(Connection connection, Account account) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + grants + " WHERE user = ? AND host = ?")) {
            bind(delete, account);
            delete.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Account account) throws SQLException {
        statement.setString(1, account.user());
        statement.setString(2, account.host());
    }

    private void inTransaction(Work work) {
        schema.withConnection(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.apply(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    private static String format(Set<Privilege> privileges) {
        return privileges.stream().map(Privilege::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Privilege> parse(String privileges) {
        Set<Privilege> parsed = EnumSet.noneOf(Privilege.class);
        Arrays.stream(privileges.split(",")).filter(p -> !p.isEmpty()).map(Privilege::valueOf).forEach(parsed::add);
        return parsed;
    }

    @FunctionalInterface
    private interface Work {
        void apply(Connection connection) throws SQLException;
    }
}
