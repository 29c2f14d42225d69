package io.eventd.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlError;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Catalog} must do; an implementation's test subclasses this and supplies an empty catalog. */
public abstract class CatalogContract {
    private static final Account ROOT = new Account("root", "localhost");
    private static final CreationContext CONTEXT = new CreationContext("utf8mb4", "utf8mb4_0900_ai_ci",
            "utf8mb4_0900_ai_ci");

    protected abstract Catalog emptyCatalog();

    private Catalog catalog;

    @BeforeEach
    void newCatalog() {
        catalog = emptyCatalog();
    }

    public static EventDefinition event(String schema, String name, OnCompletion completion) {
        return new EventDefinition(schema, name, ROOT, "SYSTEM", "SELECT 1", "", new Schedule.OneTime(1_800_000_000L),
                completion, EventStatus.ENABLED, "", 1_700_000_000L, 1_700_000_000L, null, 1, "utf8mb4",
                "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci");
    }

    private CatalogDecision create(String schema, String name) {
        return catalog.apply(EventKey.of(schema, name),
                new CatalogCommand.Create(event(schema, name, OnCompletion.NOT_PRESERVE), false, name));
    }

    private static CatalogCommand.Alter rename(String typedSource, String schema, String name) {
        return new CatalogCommand.Alter(new EventChange(ROOT, null, null, null, null, null, null, null, schema, name,
                false, CONTEXT, 1_700_000_100L), typedSource);
    }

    @Test
    void createsAndFindsByFoldedNameKeepingTheSpelling() {
        assertThat(create("test", "Café").ok()).isTrue();
        assertThat(catalog.find(EventKey.of("test", "CAFE"))).map(EventDefinition::name).contains("Café");
        assertThat(catalog.find(EventKey.of("TEST", "cafe"))).isEmpty();
    }

    @Test
    void duplicateCreateIs1537AndIfNotExistsANote() {
        create("test", "e");
        assertThat(create("test", "E").error()).isEqualTo(new SqlError(1537, "HY000", "Event 'E' already exists"));
        CatalogDecision note = catalog.apply(EventKey.of("test", "e"),
                new CatalogCommand.Create(event("test", "e", OnCompletion.PRESERVE), true, "e"));
        assertThat(note.notes()).containsExactly(new Diagnostic(Level.Note, 1537, "Event 'e' already exists"));
        assertThat(catalog.find(EventKey.of("test", "e")).orElseThrow().onCompletion()).isEqualTo(OnCompletion.NOT_PRESERVE);
    }

    @Test
    void listsBySchemaThenName() {
        create("b", "z");
        create("a", "y");
        create("b", "A");
        create("ab", "x");
        assertThat(catalog.list()).extracting(e -> e.schema() + "." + e.name())
                .containsExactly("a.y", "ab.x", "b.A", "b.z");
        assertThat(catalog.list("b")).extracting(EventDefinition::name).containsExactly("A", "z");
    }

    @Test
    void dropRemovesOrReportsTheMissingEvent() {
        create("test", "e");
        assertThat(catalog.apply(EventKey.of("test", "E"), new CatalogCommand.Drop(false, "E")).ok()).isTrue();
        assertThat(catalog.find(EventKey.of("test", "e"))).isEmpty();
        assertThat(catalog.apply(EventKey.of("test", "e"), new CatalogCommand.Drop(false, "e")).error().code())
                .isEqualTo(1539);
        assertThat(catalog.apply(EventKey.of("test", "e"), new CatalogCommand.Drop(true, "e")).notes())
                .extracting(Diagnostic::code).containsExactly(1305);
    }

    @Test
    void renameMovesAtomicallyAndChecksTheTargetFirst() {
        create("test", "a");
        create("test", "b");
        CatalogDecision taken = catalog.rename(EventKey.of("test", "zz"), EventKey.of("test", "b"), rename("zz", "test", "b"));
        assertThat(taken.error().code()).isEqualTo(1537);
        CatalogDecision missing = catalog.rename(EventKey.of("test", "zz"), EventKey.of("o", "c"), rename("zz", "o", "c"));
        assertThat(missing.error()).isEqualTo(new SqlError(1539, "HY000", "Unknown event 'zz'"));
        assertThat(catalog.rename(EventKey.of("test", "a"), EventKey.of("o", "c"), rename("a", "o", "C")).ok()).isTrue();
        assertThat(catalog.find(EventKey.of("test", "a"))).isEmpty();
        assertThat(catalog.find(EventKey.of("o", "c"))).map(EventDefinition::name).contains("C");
    }

    @Test
    void firingsRecordLastExecutedAndTheLastOneCompletesTheEvent() {
        catalog.apply(EventKey.of("t", "keep"),
                new CatalogCommand.Create(event("t", "keep", OnCompletion.PRESERVE), false, "keep"));
        create("t", "drop");
        catalog.apply(EventKey.of("t", "keep"), new CatalogCommand.Fired(1_800_000_000L, true));
        catalog.apply(EventKey.of("t", "drop"), new CatalogCommand.Fired(1_800_000_000L, true));
        EventDefinition kept = catalog.find(EventKey.of("t", "keep")).orElseThrow();
        assertThat(kept.status()).isEqualTo(EventStatus.DISABLED);
        assertThat(kept.lastExecuted()).isEqualTo(1_800_000_000L);
        assertThat(catalog.find(EventKey.of("t", "drop"))).isEmpty();
    }

    @Test
    void dropSchemaRemovesOnlyThatSchema() {
        create("a", "e1");
        create("a", "e2");
        create("ab", "e3");
        assertThat(catalog.dropSchema("a")).extracting(EventDefinition::name).containsExactly("e1", "e2");
        assertThat(catalog.list()).extracting(EventDefinition::name).containsExactly("e3");
    }

    @Test
    void racingCreatesGiveExactlyOneSuccess() throws Exception {
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<CatalogDecision>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<CatalogDecision> task = () -> {
                    start.await();
                    return create("test", "race");
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int successes = 0;
            int duplicates = 0;
            for (Future<CatalogDecision> result : results) {
                CatalogDecision decision = result.get();
                if (decision.ok()) {
                    successes++;
                } else if (decision.error().code() == 1537) {
                    duplicates++;
                }
            }
            assertThat(successes).isEqualTo(1);
            assertThat(duplicates).isEqualTo(threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
