package io.eventd.jdbc.store;

import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.schedule.Schedule;
import io.eventd.jdbc.testing.SharedMariaDb;
import org.junit.jupiter.api.Test;

class JdbcCatalogStoreTest {
    private final JdbcCatalogStore store = new JdbcCatalogStore(
            new MetadataSchema(SharedMariaDb.pool().dataSource(), SharedMariaDb.uniqueName("catalog")));

    private static final EventDefinition ONE_TIME = new EventDefinition("shop", "Café Nightly",
            new Account("admin", "%"), "Europe/Berlin", "BEGIN\n  DELETE FROM carts WHERE note = 'a;b';\nEND",
            "STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION", new Schedule.OneTime(1_767_225_600L),
            OnCompletion.PRESERVE, EventStatus.SLAVESIDE_DISABLED, "it's a \"comment\"", 1_700_000_000L,
            1_700_000_100L, null, 7, "utf8mb4", "utf8mb4_0900_ai_ci", "utf8mb4_general_ci");

    private static final EventDefinition RECURRING = new EventDefinition("shop", "purge",
            new Account("root", "localhost"), "+05:30", "DELETE FROM logs", "",
            new Schedule.Recurring(new Interval(IntervalUnit.DAY_MINUTE, 1_563), 1_700_000_000L, 1_800_000_000L),
            OnCompletion.NOT_PRESERVE, EventStatus.ENABLED, "", 1_690_000_000L, 1_690_000_001L, 1_700_000_060L,
            1, "latin1", "latin1_swedish_ci", "latin1_swedish_ci");

    private static final EventDefinition OPEN_ENDED = new EventDefinition("other", "purge",
            new Account("app", "10.0.0.%"), "SYSTEM", "DO 1", "ANSI_QUOTES",
            new Schedule.Recurring(new Interval(IntervalUnit.QUARTER, 6), 1_600_000_000L, null),
            OnCompletion.NOT_PRESERVE, EventStatus.DISABLED, "x", 1, 2, 3L, 4, "utf8mb3", "utf8mb3_general_ci",
            "utf8mb3_bin");

    @Test
    void roundTripsEveryFieldOfBothScheduleKinds() {
        store.store(ONE_TIME);
        store.store(RECURRING);
        store.store(OPEN_ENDED);

        assertThat(store.load(ONE_TIME.key())).contains(ONE_TIME);
        assertThat(store.load(RECURRING.key())).contains(RECURRING);
        assertThat(store.load(OPEN_ENDED.key())).contains(OPEN_ENDED);
        assertThat(store.loadAll()).containsOnlyKeys(ONE_TIME.key(), RECURRING.key(), OPEN_ENDED.key())
                .containsEntry(ONE_TIME.key(), ONE_TIME);
    }

    @Test
    void keysByFoldedNameSoARenamedSpellingReplacesTheRow() {
        store.store(ONE_TIME);
        EventDefinition respelled = new EventDefinition("shop", "CAFE nightly", ONE_TIME.definer(),
                ONE_TIME.timeZone(), "DO 2", ONE_TIME.sqlMode(), ONE_TIME.schedule(), ONE_TIME.onCompletion(),
                EventStatus.ENABLED, ONE_TIME.comment(), ONE_TIME.created(), 1_700_000_200L, 1_700_000_300L,
                ONE_TIME.originator(), ONE_TIME.characterSetClient(), ONE_TIME.collationConnection(),
                ONE_TIME.databaseCollation());
        assertThat(respelled.key()).isEqualTo(ONE_TIME.key());

        store.store(respelled);

        assertThat(store.loadAll()).containsExactlyEntriesOf(java.util.Map.of(ONE_TIME.key(), respelled));
    }

    @Test
    void deletesByKey() {
        store.store(RECURRING);
        store.store(OPEN_ENDED);

        assertThat(store.delete(EventKey.of("shop", "PURGE"))).isTrue();
        assertThat(store.delete(EventKey.of("shop", "purge"))).isFalse();

        assertThat(store.load(RECURRING.key())).isEmpty();
        assertThat(store.loadAll()).containsOnlyKeys(OPEN_ENDED.key());
    }

    @Test
    void keysAndBatchesOfKeysLoadOnlyWhatIsAsked() {
        List<EventDefinition> many = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            EventDefinition event = new EventDefinition("bulk", "e" + i, RECURRING.definer(), "SYSTEM", "DO " + i,
                    "", RECURRING.schedule(), OnCompletion.NOT_PRESERVE, EventStatus.ENABLED, "", 1, 1, null, 1,
                    "utf8mb4", "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci");
            store.store(event);
            many.add(event);
        }
        store.store(ONE_TIME);
        assertThat(store.loadKeys()).hasSize(1_204).contains(ONE_TIME.key(), many.get(1_202).key());

        List<EventKey> asked = new ArrayList<>(many.stream().map(EventDefinition::key).toList());
        asked.add(EventKey.of("bulk", "never stored"));
        Map<EventKey, EventDefinition> loaded = store.load(asked);
        assertThat(loaded).hasSize(1_203).doesNotContainKey(ONE_TIME.key());
        assertThat(loaded.get(many.get(700).key())).isEqualTo(many.get(700));
    }
}
