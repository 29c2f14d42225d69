package io.eventd.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.jdbc.testing.SharedMariaDb;
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

    private final JdbcClaimStore store = new JdbcClaimStore(
            new MetadataSchema(SharedMariaDb.pool().dataSource(), SharedMariaDb.uniqueName("claims")));

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
