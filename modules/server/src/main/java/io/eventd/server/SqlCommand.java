package io.eventd.server;

import io.eventd.http.client.ClientResult;
import io.eventd.http.client.MysqlTablePrinter;
import io.eventd.http.client.SqlClient;
import io.eventd.http.client.SqlClientException;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventd sql}: a mysql-like client of a node's {@code POST /v1/sql}. Options as mysql's: {@code -h host
 * -P port -u user -p[PASSWORD] -D db -e "…"}; SQL from {@code -e}, from files, or from standard input. Results
 * print as mysql prints them; the first error stops the run and the exit code is 1.
 */
@Command(name = "sql", description = "Send SQL to an eventd node and print mysql-style results.")
final class SqlCommand implements Callable<Integer> {
    @Option(names = "-h", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "node (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "-P", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "-u", paramLabel = "USER", description = "account (default: none, for a loopback demo node)")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "as -pPASSWORD")
    String password;

    @Option(names = "--ask-password", description = "as a bare -p: ask for the password")
    boolean askPassword;

    @Option(names = "-D", paramLabel = "DB", description = "default database")
    String database;

    @Option(names = "-e", paramLabel = "SQL", description = "run these statements and exit")
    String execute;

    @Option(names = "--tls", description = "use https")
    boolean tls;

    @Option(names = "--help", usageHelp = true, description = "show this help")
    boolean help;

    @Parameters(paramLabel = "FILE", description = "SQL files run in order (default: standard input)")
    List<Path> files = new ArrayList<>();

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    SqlCommand() {
        this(System.in, System.out, System.err);
    }

    SqlCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /**
     * mysql's {@code -pSECRET} (attached) and bare {@code -p} (prompt) as picocli options: a separate word after
     * {@code -p} is never a password.
     */
    static String[] mysqlStyle(String[] args) {
        String[] rewritten = args.clone();
        for (int i = 0; i < rewritten.length; i++) {
            if (rewritten[i].equals("-p")) {
                rewritten[i] = "--ask-password";
            } else if (rewritten[i].startsWith("-p") && !rewritten[i].startsWith("-p=")) {
                rewritten[i] = "--password=" + rewritten[i].substring(2);
            }
        }
        return rewritten;
    }

    @Override
    public Integer call() throws IOException {
        SqlClient client = new SqlClient(host, port, credentials(), tls);
        try {
            List<ClientResult> results = client.execute(script(), database);
            return print(results);
        } catch (SqlClientException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("ERROR 2003 (HY000): Can't connect to eventd node on '" + host + ":" + port + "' ("
                    + e.getClass().getSimpleName() + ")");
            return 1;
        }
    }

    private int print(List<ClientResult> results) {
        for (ClientResult result : results) {
            if (result.ok()) {
                out.print(MysqlTablePrinter.format(result, Duration.ZERO));
            } else {
                err.print(MysqlTablePrinter.format(result, Duration.ZERO));
                return 1;
            }
        }
        out.flush();
        return 0;
    }

    private String script() throws IOException {
        if (execute != null) {
            return execute;
        }
        if (files.isEmpty()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder sql = new StringBuilder();
        for (Path file : files) {
            sql.append(Files.readString(file)).append('\n');
        }
        return sql.toString();
    }

    private SqlClient.Credentials credentials() {
        if (user == null) {
            return SqlClient.Credentials.none();
        }
        String secret = password;
        if (askPassword) {
            Console console = System.console();
            secret = console == null ? "" : new String(console.readPassword("Enter password: "));
        }
        return SqlClient.Credentials.basic(user, secret == null ? "" : secret);
    }
}
