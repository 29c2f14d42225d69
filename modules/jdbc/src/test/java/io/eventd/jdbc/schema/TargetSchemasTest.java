package io.eventd.jdbc.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.core.error.SqlException;
import io.eventd.jdbc.testing.SharedMariaDb;
import org.junit.jupiter.api.Test;

class TargetSchemasTest {
    private final TargetSchemas schemas = new TargetSchemas(SharedMariaDb.pool().dataSource());

    @Test
    void schemasAreTheTargetsOwnComparedExactly() {
        String name = SharedMariaDb.freshSchema("Shop");
        assertThat(schemas.exists(name)).isTrue();
        assertThat(schemas.exists(name.toLowerCase())).isFalse();
        assertThat(schemas.exists("no_such_schema")).isFalse();
        assertThat(schemas.list()).contains(name, "information_schema", "mysql").isSorted();
    }

    @Test
    void aNodeNeverCreatesOrDropsADatabaseOnTheTarget() {
        String name = SharedMariaDb.freshSchema("keep");
        assertThatThrownBy(() -> schemas.drop(name)).isInstanceOf(SqlException.class)
                .hasMessageContaining("7902").hasMessageContaining("drop `" + name + "` on the target server");
        assertThatThrownBy(() -> schemas.create("other")).isInstanceOf(SqlException.class)
                .hasMessageContaining("7902");
        assertThat(schemas.exists(name)).isTrue();
        assertThat(schemas.exists("other")).isFalse();
    }
}
