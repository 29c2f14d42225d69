package io.eventd.http.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.catalog.InMemoryAccountStore;
import io.eventd.core.catalog.InMemoryCatalog;
import io.eventd.core.catalog.InMemorySchemas;
import io.eventd.core.engine.Engine;
import io.eventd.core.engine.OfflineClock;
import io.eventd.core.engine.OfflineScheduler;
import io.eventd.core.error.SqlError;
import io.eventd.core.node.InMemoryNodeInfo;
import io.eventd.core.token.InMemoryAccessTokens;
import io.eventd.http.BcryptPasswordHasher;
import io.eventd.http.HttpPorts;
import io.eventd.http.HttpServer;
import io.eventd.http.HttpSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CLI's client against a real node, printing as mysql would. */
class SqlClientTest {
    private static final String PASSWORD = "pw";
    private static Vertx vertx;
    private static HttpServer server;
    private static PrometheusMeterRegistry registry;

    @BeforeAll
    static void start() {
        InMemoryCatalog catalog = new InMemoryCatalog();
        AccountDirectory accounts = new AccountDirectory(new InMemoryAccountStore(), new BcryptPasswordHasher(4));
        accounts.seedAdmin(AccountDirectory.ROOT, PASSWORD.toCharArray());
        OfflineClock clock = new OfflineClock(LocalDateTime.of(2026, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC));
        Engine engine = new Engine(catalog, new InMemorySchemas("test"), accounts,
                new OfflineScheduler(catalog, clock, ZoneOffset.UTC, true));
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        vertx = Vertx.vertx();
        server = HttpServer.start(vertx, HttpSettings.defaults().withPort(0).withHost("127.0.0.1"),
                new HttpPorts(engine, accounts, new InMemoryAccessTokens(), new InMemoryNodeInfo("n1", "127.0.0.1:5701"),
                        registry, clock, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.close();
        vertx.close().await();
        registry.close();
    }

    @Test
    void scriptResultsPrintAsTheMysqlClientPrintsThem() throws Exception {
        SqlClient client = new SqlClient("127.0.0.1", server.port(), SqlClient.Credentials.basic("root", PASSWORD), false);

        List<ClientResult> results = client.execute("CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DO SELECT 1;\n"
                + "SELECT EVENT_NAME, ORIGINATOR, ENDS FROM information_schema.EVENTS;\n"
                + "CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DO SELECT 1;\n"
                + "SELECT 1;", "test");

        assertThat(results).hasSize(3);
        assertThat(results.get(0).event()).isEqualTo("test.e");
        assertThat(results.get(0).fires()).hasSize(5);
        assertThat(results.stream().map(r -> MysqlTablePrinter.format(r, Duration.ZERO)).collect(Collectors.joining()))
                .isEqualTo("Query OK, 0 rows affected (0.00 sec)\n\n"
                        + "+------------+------------+------+\n"
                        + "| EVENT_NAME | ORIGINATOR | ENDS |\n"
                        + "+------------+------------+------+\n"
                        + "| e          |          1 | NULL |\n"
                        + "+------------+------------+------+\n"
                        + "1 row in set (0.00 sec)\n\n"
                        + "ERROR 1537 (HY000): Event 'e' already exists\n");
    }

    @Test
    void refusedRequestsThrowWithTheStatusAndError() {
        SqlClient client = new SqlClient("127.0.0.1", server.port(), SqlClient.Credentials.basic("root", "bad"), false);

        assertThatThrownBy(() -> client.execute("SELECT 1", null)).isInstanceOfSatisfying(SqlClientException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error()).isEqualTo(new SqlError(1045, "28000",
                            "Access denied for user 'root'@'127.0.0.1' (using password: YES)"));
                });
    }

    @Test
    void noCredentialsAreRefusedOutsideTheDemo() {
        SqlClient client = new SqlClient("127.0.0.1", server.port(), SqlClient.Credentials.none(), false);

        assertThatThrownBy(() -> client.execute("SELECT 1", null)).isInstanceOf(SqlClientException.class)
                .hasMessage("ERROR 1045 (28000): Access denied for user ''@'127.0.0.1' (using password: NO)");
    }
}
