package io.eventd.jdbc.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompoundBodyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "BEGIN INSERT INTO t VALUES (1); END",
        "begin\n  insert into t values (1);\nend",
        "lbl: BEGIN DO 1; END lbl",
        "lbl:BEGIN DO 1; END",
        "`my label` : Begin DO 1; END",
        "/* why */ BEGIN DO 1; END",
        "-- note\nBEGIN DO 1; END",
    })
    void detectsCompoundBodies(String body) {
        assertThat(CompoundBody.detect(body)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BEGIN", "BEGIN;", "begin ;", "BEGIN WORK", "begin work;", "BEGINNING", "INSERT INTO t VALUES (1)",
        "DO 1", "SELECT 'BEGIN x END'", "lbl: INSERT INTO t VALUES (1)",
    })
    void leavesOtherBodiesAlone(String body) {
        assertThat(CompoundBody.detect(body)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "BEGIN DO 1; END|BEGIN NOT ATOMIC DO 1; END",
        "lbl: begin DO 1; END lbl|BEGIN NOT ATOMIC lbl: begin DO 1; END lbl\n; END",
        "BEGIN NOT ATOMIC DO 1; END|BEGIN NOT ATOMIC DO 1; END",
    })
    void spellsMariaDbsNotAtomicForm(String bodyAndExpected) {
        String[] parts = bodyAndExpected.split("\\|");
        assertThat(CompoundBody.detect(parts[0]).orElseThrow().asBeginNotAtomic()).isEqualTo(parts[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "STRICT_TRANS_TABLES"})
    void procedureNameDependsOnBodyAndSqlModeAndFitsAnIdentifier(String sqlMode) {
        String name = ManagedProcedure.name("BEGIN DO 1; END", sqlMode);
        assertThat(name).startsWith("eventd_body_").hasSizeLessThanOrEqualTo(64)
                .isEqualTo(ManagedProcedure.name("BEGIN DO 1; END", sqlMode))
                .isNotEqualTo(ManagedProcedure.name("BEGIN DO 2; END", sqlMode))
                .isNotEqualTo(ManagedProcedure.name("BEGIN DO 1; END", sqlMode + ",ANSI_QUOTES"));
    }
}
