package io.eventd.cluster.run;

import io.eventd.core.event.EventDefinition;
import java.time.Instant;

/**
 * Told of each body this member runs, on the run's thread (so it must be quick and must not block): SHOW PROCESSLIST
 * keeps its runs this way, member by member, instead of in a cluster map written twice per run.
 */
public interface RunObserver {
    RunObserver NONE = new RunObserver() {
        @Override
        public long started(EventDefinition event, long scheduledAt, Instant at) {
            return 0;
        }

        @Override
        public void finished(long id) {
            // nothing follows the runs
        }
    };

    /** The body of {@code event}'s firing due at {@code scheduledAt} starts; the answer comes back to finished. */
    long started(EventDefinition event, long scheduledAt, Instant at);

    /** That body ended. */
    void finished(long id);
}
