package io.eventd.cluster.timer;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.EventKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timer's queue: one entry per event, ordered by instant. */
class DueQueueTest {
    private static final EventKey A = EventKey.of("s", "a");
    private static final EventKey B = EventKey.of("s", "b");
    private static final EventKey C = EventKey.of("s", "c");

    @Test
    void anEventIsQueuedOnceAndTheEarliestIsTheHead() {
        DueQueue queue = new DueQueue();
        assertThat(queue.put(A, 20)).isTrue();
        assertThat(queue.put(B, 10)).isTrue();
        assertThat(queue.put(A, 30)).isFalse();
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.head()).isEqualTo(new DueQueue.Due(B, 10));
        assertThat(queue.pollAt(10)).containsExactly(B);
        assertThat(queue.nextDue(A)).isEqualTo(30);
    }

    @Test
    void sizeWithCountsTheOthersNotQueuedOnce() {
        DueQueue queue = new DueQueue();
        queue.put(A, 10);
        queue.put(B, 11);
        assertThat(queue.sizeWith(List.of(B, C))).isEqualTo(3);
        assertThat(queue.sizeWith(List.of())).isEqualTo(2);
    }

    @Test
    void clearEmptiesTheQueue() {
        DueQueue queue = new DueQueue();
        queue.put(A, 10);
        queue.put(B, 11);
        queue.clear();
        assertThat(queue.size()).isZero();
        assertThat(queue.head()).isNull();
        assertThat(queue.nextDue(A)).isNull();
        assertThat(queue.put(A, 12)).isTrue();
    }
}
