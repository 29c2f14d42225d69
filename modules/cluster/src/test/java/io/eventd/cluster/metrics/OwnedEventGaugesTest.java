package io.eventd.cluster.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.run.EngineMaps;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The owned events' gauges of a real member: per-event series up to the limit, only the counts beyond it. */
class OwnedEventGaugesTest {
    private static TestCluster cluster;
    private static EngineMaps maps;

    @BeforeAll
    static void threeEvents() {
        String schema = SharedMariaDb.freshSchema("gauges");
        cluster = new TestCluster(1, SharedMariaDb.freshSchema("gauges_meta"));
        ClusterNode node = cluster.start(0);
        maps = EngineMaps.of(node.hazelcast());
        for (EventDefinition event : List.of(Events.dormant(schema, "a"), Events.dormant(schema, "b"),
                Events.dormant(schema, "c").withStatus(EventStatus.DISABLED))) {
            node.catalog().apply(event.key(), Events.create(event));
        }
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void withinTheLimitEveryEnabledEventHasItsNextFireSeries() {
        MeterRegistry registry = new SimpleMeterRegistry();
        new OwnedEventGauges(registry, maps.catalog(), maps.runtime(), key -> Optional.of(4_000_000_000L), 3)
                .refresh();
        assertThat(registry.find("eventd.event.next.fire.timestamp.seconds").gauges())
                .extracting(gauge -> gauge.getId().getTag("event")).containsExactlyInAnyOrder("a", "b");
        assertThat(count(registry, EventStatus.ENABLED)).isEqualTo(2);
        assertThat(count(registry, EventStatus.DISABLED)).isEqualTo(1);
    }

    @Test
    void pastTheLimitOnlyTheCountsByStatusAreExported() {
        MeterRegistry limitedRegistry = new SimpleMeterRegistry();
        new OwnedEventGauges(limitedRegistry, maps.catalog(), maps.runtime(), key -> Optional.of(4_000_000_000L), 2)
                .refresh();
        assertThat(limitedRegistry.find("eventd.event.next.fire.timestamp.seconds").gauges()).isEmpty();
        assertThat(limitedRegistry.find("eventd.event.last.success.timestamp.seconds").gauges()).isEmpty();
        assertThat(count(limitedRegistry, EventStatus.ENABLED)).isEqualTo(2);
        assertThat(count(limitedRegistry, EventStatus.DISABLED)).isEqualTo(1);
        assertThat(count(limitedRegistry, EventStatus.SLAVESIDE_DISABLED)).isZero();
    }

    private static double count(MeterRegistry registry, EventStatus status) {
        return registry.get("eventd.events").tag("status", status.name()).gauge().value();
    }
}
