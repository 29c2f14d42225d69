package io.eventd.core.engine;

import static io.eventd.core.engine.EngineFixture.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlError;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.Statement;
import org.junit.jupiter.api.Test;

class DropAndDatabaseTest {
    private final EngineFixture f = new EngineFixture();

    @Test
    void dropRemovesTheEventAnyCaseOfItsName() {
        f.ok(event("e").every(1, IntervalUnit.DAY).create());
        f.ok(EngineFixture.drop("E", false));
        assertThat(f.exists("test", "e")).isFalse();
    }

    @Test
    void dropOfAMissingEventIs1539OrNote1305() {
        assertThat(f.error(EngineFixture.drop("nope", false)))
                .isEqualTo(new SqlError(1539, "HY000", "Unknown event 'nope'"));
        assertThat(f.ok(EngineFixture.drop("nope", true)).warnings())
                .containsExactly(new Diagnostic(Level.Note, 1305, "Event nope does not exist"));
    }

    @Test
    void dropChecksThePrivilegeFirst() {
        f.session.setUser(EngineFixture.OTHER);
        assertThat(f.error(EngineFixture.drop("nope", true)).code()).isEqualTo(1044);
    }

    @Test
    void dropDatabaseDropsItsEventsAndDeselectsIt() {
        f.ok(event("e").every(1, IntervalUnit.DAY).create());
        f.ok(event("other", "kept").every(1, IntervalUnit.DAY).create());
        f.ok(new Statement.DropDatabase(false, "test"));
        assertThat(f.exists("test", "e")).isFalse();
        assertThat(f.exists("other", "kept")).isTrue();
        assertThat(f.session.database()).isNull();
        assertThat(f.error(new Statement.Use("test")))
                .isEqualTo(new SqlError(1049, "42000", "Unknown database 'test'"));
    }

    @Test
    void databaseErrorsAndNotes() {
        assertThat(f.error(new Statement.CreateDatabase(false, "test")))
                .isEqualTo(new SqlError(1007, "HY000", "Can't create database 'test'; database exists"));
        assertThat(f.ok(new Statement.CreateDatabase(true, "test")).warnings()).extracting(Diagnostic::code)
                .containsExactly(1007);
        assertThat(f.error(new Statement.DropDatabase(false, "nodb")))
                .isEqualTo(new SqlError(1008, "HY000", "Can't drop database 'nodb'; database doesn't exist"));
        assertThat(f.ok(new Statement.DropDatabase(true, "nodb")).warnings())
                .containsExactly(new Diagnostic(Level.Note, 1008, "Can't drop database 'nodb'; database doesn't exist"));
        f.ok(new Statement.CreateDatabase(false, "fresh"));
        f.ok(new Statement.Use("fresh"));
        assertThat(f.session.database()).isEqualTo("fresh");
    }
}
