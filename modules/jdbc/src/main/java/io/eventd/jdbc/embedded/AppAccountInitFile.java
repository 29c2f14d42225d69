package io.eventd.jdbc.embedded;

import io.eventd.jdbc.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The {@code --init-file} that creates (or re-keys, for a reused data dir) the app account at server start: root
 * only logs in over the unix socket, so TCP clients need their own account. Readable by the owner only; the caller
 * deletes it once the server is up.
 */
final class AppAccountInitFile {
    private AppAccountInitFile() {
    }

    static Path write(String user, Secret password) {
        String pw = password.reveal().replace("\\", "\\\\").replace("'", "\\'");
        StringBuilder sql = new StringBuilder();
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String account = "'" + user + "'@'" + host + "'";
            // One statement per line: that is how the server splits an init file.
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(pw).append("';\n");
            sql.append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(pw).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        try {
            Path file = Files.createTempFile("eventd-init-", ".sql",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, sql, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the init file of the embedded MariaDB", e);
        }
    }
}
