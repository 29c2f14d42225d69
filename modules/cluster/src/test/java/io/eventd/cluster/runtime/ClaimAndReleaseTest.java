package io.eventd.cluster.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.EventKey;
import java.util.AbstractMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event lock and fencing rules of the runtime state, applied as the partition applies them. */
class ClaimAndReleaseTest {
    private static final long T = 1_767_225_600L;
    private static final long NOW = T * 1000 - 500;
    private static final long LEASE = NOW + 130_000;

    private final Map.Entry<EventKey, RuntimeState> entry =
            new AbstractMap.SimpleEntry<>(EventKey.of("shop", "purge"), null);

    @Test
    void aClaimStartsARunHoldingTheLeaseAndAnOlderOrEqualFiringIsRefused() {
        Long first = claim(T, false, NOW);
        assertThat(ClaimProcessor.ran(first)).isTrue();
        assertThat(entry.getValue().running()).isTrue();
        assertThat(entry.getValue().runningToken()).isEqualTo(ClaimProcessor.token(first));
        assertThat(claim(T, true, NOW)).as("the same firing again").isNull();
        assertThat(claim(T - 1, true, NOW)).as("an older firing").isNull();
    }

    @Test
    void whileARunHoldsTheEventAClaimAheadIsBusyAndAtTheInstantItIsSkipped() {
        long run = ClaimProcessor.token(claim(T, false, NOW));
        RuntimeState before = entry.getValue();

        assertThat(ClaimProcessor.busy(claim(T + 1, false, NOW + 500))).isTrue();
        assertThat(entry.getValue()).as("nothing changes ahead of the instant").isEqualTo(before);

        Long atInstant = claim(T + 1, true, NOW + 1_500);
        assertThat(ClaimProcessor.skipped(atInstant)).isTrue();
        assertThat(ClaimProcessor.token(atInstant)).isGreaterThan(run);
        assertThat(new ReleaseProcessor(run).process(entry)).as("the run still releases with its own token")
                .isTrue();
        assertThat(entry.getValue().running()).isFalse();
        assertThat(entry.getValue().lastClaimedAt()).isEqualTo(T + 1);
        assertThat(ClaimProcessor.ran(claim(T + 2, false, NOW + 2_000))).isTrue();
    }

    @Test
    void aLeaseThatRanOutNoLongerHoldsTheEventAndTheStaleRunCannotReleaseTheNewOne() {
        long stale = ClaimProcessor.token(claim(T, false, NOW));
        Long next = claim(T + 1, false, LEASE + 1);
        assertThat(ClaimProcessor.ran(next)).isTrue();
        assertThat(new ReleaseProcessor(stale).process(entry)).isFalse();
        assertThat(entry.getValue().running()).isTrue();
        assertThat(new ReleaseProcessor(ClaimProcessor.token(next)).process(entry)).isTrue();
    }

    @Test
    void aRerunClaimsTheAbandonedInstantOnlyOnceItWasReleased() {
        long cutOff = ClaimProcessor.token(claim(T, false, NOW));
        ClaimProcessor rerun = new ClaimProcessor(T, "m2", "n2", 2, ClaimProcessor.Mode.RERUN, NOW, LEASE, true);
        assertThat(rerun.process(entry)).as("still running").isNull();
        assertThat(new ReleaseProcessor(cutOff).process(entry)).isTrue();
        assertThat(ClaimProcessor.ran(rerun.process(entry))).isTrue();
        assertThat(entry.getValue().attempt()).isEqualTo(2);
    }

    @Test
    void handOverMarksAnIdleEventOnlyAndTheNextClaimClearsIt() {
        assertThat(new HandOverProcessor().process(entry)).as("never claimed").isFalse();
        long run = ClaimProcessor.token(claim(T, false, NOW));
        assertThat(new HandOverProcessor().process(entry)).as("running").isFalse();
        new ReleaseProcessor(run).process(entry);
        assertThat(new HandOverProcessor().process(entry)).isTrue();
        assertThat(entry.getValue().handedOver()).isTrue();
        claim(T + 1, false, NOW + 1_000);
        assertThat(entry.getValue().handedOver()).isFalse();
    }

    private Long claim(long at, boolean atInstant, long nowMillis) {
        return new ClaimProcessor(at, "m1", "n1", 1, ClaimProcessor.Mode.RUN, nowMillis, nowMillis + 130_000,
                atInstant).process(entry);
    }
}
