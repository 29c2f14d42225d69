package io.eventd.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JdbcClaimStoreTest {
    private static final int THREADS = 8;
    private static final int FIRINGS = 100;
    private static final long FIRST_FIRING = 1_767_225_600L;

    private final MetadataSchema schema =
            new MetadataSchema(SharedMariaDb.pool().dataSource(), SharedMariaDb.uniqueName("claims"));
    private final JdbcHistoryStore history = new JdbcHistoryStore(schema);
    private final JdbcClaimStore store = new JdbcClaimStore(schema);

    @Test
    void aFiringIsClaimedOnceAndRemembersItsClaimant() {
        assertThat(store.claim("shop", "PURGE", FIRST_FIRING, "node-a", 41)).isTrue();
        assertThat(store.claim("shop", "PURGE", FIRST_FIRING, "node-b", 42)).isFalse();
        // The claimant asking again with its own token gets its own claim back (a batch retried after a lost answer).
        assertThat(store.claim("shop", "PURGE", FIRST_FIRING, "node-a", 41)).isTrue();
        assertThat(store.claim("shop", "PURGE", FIRST_FIRING + 1, "node-b", 42)).isTrue();
        assertThat(store.claim("other", "PURGE", FIRST_FIRING, "node-b", 43)).isTrue();

        assertThat(store.claimOf("shop", "PURGE", FIRST_FIRING)).contains(new Claim("node-a", 41));
        assertThat(store.claimOf("shop", "PURGE", FIRST_FIRING + 2)).isEmpty();
    }

    @Test
    void aBatchWinsExactlyTheFiringsNobodyClaimedBefore() {
        assertThat(store.claim("shop", "E2", FIRST_FIRING, "node-b", 7)).isTrue();
        List<ClaimRequest> batch = new ArrayList<>();
        for (int i = 1; i <= 700; i++) {
            batch.add(new ClaimRequest("shop", "E" + i, FIRST_FIRING, "node-a", 100 + i));
        }

        Set<ClaimRequest> won = store.claimAll(batch);

        assertThat(won).hasSize(699).doesNotContain(batch.get(1));
        assertThat(store.claimOf("shop", "E2", FIRST_FIRING)).contains(new Claim("node-b", 7));
        assertThat(store.claimOf("shop", "E700", FIRST_FIRING)).contains(new Claim("node-a", 800));
        assertThat(store.claimAll(batch)).as("the same batch again").isEqualTo(won);
        assertThat(store.claimAll(List.of(new ClaimRequest("shop", "E1", FIRST_FIRING, "node-c", 1)))).isEmpty();
    }

    @Test
    void unsettledClaimsAreThoseOfTheWindowWithoutAFinalHistoryRow() {
        for (String event : List.of("e1", "e2", "e3", "e4")) {
            store.claim("shop", event, FIRST_FIRING, "node-a", 9);
        }
        store.claim("shop", "e5", FIRST_FIRING + 60, "node-a", 9);
        history.save(record("E1", ExecutionStatus.SUCCESS));
        history.save(record("E2", ExecutionStatus.RUNNING));
        history.save(record("E4", ExecutionStatus.FAILED));

        assertThat(store.unsettledBetween(FIRST_FIRING - 10, FIRST_FIRING + 10)).containsExactlyInAnyOrder(
                new ClaimRequest("shop", "e2", FIRST_FIRING, "node-a", 9),
                new ClaimRequest("shop", "e3", FIRST_FIRING, "node-a", 9));
        assertThat(store.unsettledBetween(FIRST_FIRING + 1, FIRST_FIRING + 59)).isEmpty();
    }

    private static ExecutionRecord record(String event, ExecutionStatus status) {
        Instant start = Instant.ofEpochSecond(FIRST_FIRING);
        return new ExecutionRecord("shop", event, FIRST_FIRING, start, status == ExecutionStatus.RUNNING ? null
                : start.plusMillis(5), status, 0, 0, null, null, null, null, "node-a", 1, 9);
    }

    @Test
    void eightRacingNodesGetExactlyOneWinnerPerFiring() throws Exception {
        Map<Long, AtomicInteger> winners = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> nodes = new ArrayList<>();
            for (int n = 0; n < THREADS; n++) {
                String node = "node-" + n;
                long token = n;
                nodes.add(pool.submit(() -> {
                    start.await();
                    for (long at = FIRST_FIRING; at < FIRST_FIRING + FIRINGS; at++) {
                        if (store.claim("shop", "TICK", at, node, token)) {
                            winners.computeIfAbsent(at, k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> node : nodes) {
                node.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(winners).hasSize(FIRINGS);
        assertThat(winners.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }
}
