package io.eventd.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.eventd.core.engine.StatementResult;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.sql.ScriptSplitter;
import io.eventd.core.sql.ScriptStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated and mutated statements through the executor's text entry points: each answers a result
 * (ok, or an error with a 4-digit code and a 5-character SQLSTATE) quickly, never an exception or a hang, and a
 * failing statement leaves the catalog, the schemas and the session as they were. The seed is fixed; rerun
 * another with {@code -Deventd.robustness.seed=N}.
 */
class ScriptRobustnessTest {
    private static final long SEED = Long.getLong("eventd.robustness.seed", 20260101L);
    private static final int BATCHES = 40;
    private static final int STATEMENTS_PER_BATCH = 600;
    private static final int SCRIPTS_PER_BATCH = 60;
    private static final Duration BATCH_TIME = Duration.ofSeconds(20);
    private static final List<String> DELIMITERS = List.of(";", "//", "$$", ";;", "|", "END", "\\");
    private static final String GARBAGE = "abcXYZ019_ ;,.()'\"`@#-*/!<>=+%:\n\t\\{}é";

    /** What a failing statement must leave unchanged. */
    private record State(List<EventDefinition> events, List<String> schemas, String database, String timeZone,
                         long now, String sqlMode, boolean schedulerOn) {
        static State of(TextEngine engine) {
            return new State(engine.events(), engine.schemas.list(), engine.session.database(),
                    engine.session.timeZone(), engine.session.now(), engine.session.sqlMode(), engine.scheduler.isOn());
        }
    }

    private volatile String current = "";

    @Test
    void mutatedStatementsAnswerCleanlyAndFailuresChangeNothing() {
        Random random = new Random(SEED);
        StatementMutator mutator = new StatementMutator(random);
        for (int batch = 0; batch < BATCHES; batch++) {
            int b = batch;
            assertTimeoutPreemptively(BATCH_TIME, () -> {
                TextEngine engine = seededEngine();
                for (int i = 0; i < STATEMENTS_PER_BATCH; i++) {
                    runChecked(engine, statement(random, mutator), "batch " + b);
                }
            }, () -> failure("batch " + b + " timed out"));
        }
    }

    @Test
    void scriptsWithDelimiterLinesRunLikeTheirSplitStatements() {
        Random random = new Random(SEED + 1);
        StatementMutator mutator = new StatementMutator(random);
        for (int batch = 0; batch < BATCHES / 4; batch++) {
            int b = batch;
            assertTimeoutPreemptively(BATCH_TIME, () -> {
                for (int i = 0; i < SCRIPTS_PER_BATCH; i++) {
                    String script = script(random, mutator);
                    current = script;
                    TextEngine whole = seededEngine();
                    List<StatementResult> results = whole.executor.executeScript(script, whole.session);
                    TextEngine oneByOne = seededEngine();
                    List<StatementResult> expected = new ArrayList<>();
                    for (ScriptStatement statement : ScriptSplitter.split(script)) {
                        expected.add(runChecked(oneByOne, statement.text(), "script batch " + b));
                    }
                    current = script;
                    assertThat(results).as(failure("script results")).isEqualTo(expected);
                    assertThat(whole.events()).as(failure("script catalog")).isEqualTo(oneByOne.events());
                }
            }, () -> failure("script batch " + b + " timed out"));
        }
    }

    @Test
    void timestampOutsideMysqlsRangeIs1231AndZeroReturnsToTheClock() {
        TextEngine engine = seededEngine();
        for (String value : List.of("-1", "32536771200", "-9223372036854775809", "99999999999999999999999.5")) {
            assertThat(engine.run("SET TIMESTAMP = " + value).error().clientLine())
                    .isEqualTo("ERROR 1231 (42000): Variable 'timestamp' can't be set to the value of '" + value + "'");
        }
        engine.ok("SET TIMESTAMP = " + (TextEngine.NOW + 100) + ".9");
        assertThat(engine.session.now()).isEqualTo(TextEngine.NOW + 100);
        engine.ok("SET TIMESTAMP = 0");
        assertThat(engine.session.now()).as("back to the (moved) offline clock").isEqualTo(TextEngine.NOW + 100);
    }

    private StatementResult runChecked(TextEngine engine, String sql, String where) {
        current = sql;
        State before = State.of(engine);
        StatementResult result;
        try {
            result = engine.run(sql);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(failure(where + ": escaped " + e), e);
        }
        assertThat(result).as(failure(where)).isNotNull();
        if (result.ok()) {
            assertThat(result.error()).as(failure(where)).isNull();
        } else {
            assertThat(result.error().code()).as(failure(where)).isBetween(1000, 9999);
            assertThat(result.error().sqlState()).as(failure(where)).matches("[0-9A-Z]{5}");
            assertThat(result.error().message()).as(failure(where)).isNotEmpty();
            assertThat(State.of(engine)).as(failure(where + ", " + result.error().clientLine()))
                    .isEqualTo(before);
        }
        return result;
    }

    private static TextEngine seededEngine() {
        TextEngine engine = new TextEngine();
        StatementCorpus.SETUP.forEach(engine::ok);
        return engine;
    }

    /** Mostly mutated corpus statements, some intact ones and some random text. */
    private static String statement(Random random, StatementMutator mutator) {
        String valid = StatementCorpus.STATEMENTS.get(random.nextInt(StatementCorpus.STATEMENTS.size()));
        int kind = random.nextInt(20);
        if (kind == 0) {
            return valid;
        }
        if (kind == 1) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                text.append(random.nextInt(5) == 0 ? (char) random.nextInt(0x3000) : GARBAGE.charAt(random.nextInt(GARBAGE.length())));
            }
            return text.toString();
        }
        return mutator.mutate(valid);
    }

    /** A few statements, each ended by the delimiter in force, with DELIMITER lines changing it in between. */
    private static String script(Random random, StatementMutator mutator) {
        StringBuilder script = new StringBuilder();
        String delimiter = ";";
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            if (random.nextInt(3) == 0) {
                delimiter = DELIMITERS.get(random.nextInt(DELIMITERS.size()));
                script.append(random.nextBoolean() ? "DELIMITER " : "delimiter  ").append(delimiter).append('\n');
            }
            script.append(statement(random, mutator)).append(delimiter).append('\n');
        }
        return random.nextInt(4) == 0 ? mutator.mutate(script.toString()) : script.toString();
    }

    private String failure(String what) {
        return what + " (seed " + SEED + ", rerun with -Deventd.robustness.seed=" + SEED + ") on: " + current;
    }
}
