package io.eventd.cluster.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.FlakyDataSource;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.jdbc.store.JdbcCatalogStore;
import io.eventd.jdbc.store.MetadataSchema;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The catalog's start-up load waits out a metadata pool that refuses connections for a while. */
class CatalogMapStoreTest {

    @Test
    void aLoadRefusedForAWhileStillLoadsEveryEvent() {
        FlakyDataSource metadata = new FlakyDataSource(SharedMariaDb.pool().dataSource());
        JdbcCatalogStore jdbc = new JdbcCatalogStore(new MetadataSchema(metadata,
                SharedMariaDb.freshSchema("mapstore_meta")));
        List<EventDefinition> events = IntStream.range(0, 5)
                .mapToObj(i -> Events.dormant("mapstore", "e" + i)).toList();
        events.forEach(jdbc::store);
        CatalogMapStore store = new CatalogMapStore(jdbc);

        metadata.refuseNext(3);
        assertThat(store.loadAllKeys()).containsExactlyInAnyOrderElementsOf(
                events.stream().map(EventDefinition::key).toList());
        metadata.refuseNext(3);
        Map<EventKey, EventDefinition> loaded = store.loadAll(events.stream().map(EventDefinition::key).toList());
        assertThat(loaded).isEqualTo(events.stream()
                .collect(Collectors.toMap(EventDefinition::key, Function.identity())));
    }
}
