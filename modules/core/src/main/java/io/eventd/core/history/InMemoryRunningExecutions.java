package io.eventd.core.history;

import io.eventd.core.event.Account;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Running executions of one JVM; ids count up from 1. */
public final class InMemoryRunningExecutions implements RunningExecutions {
    private final AtomicLong ids = new AtomicLong();
    private final ConcurrentSkipListMap<Long, RunningExecution> running = new ConcurrentSkipListMap<>();

    @Override
    public RunningExecution started(String node, String schema, String event, Account definer, Instant started,
                                    long scheduledAt) {
        RunningExecution run = new RunningExecution(ids.incrementAndGet(), node, schema, event, definer, started,
                scheduledAt);
        running.put(run.id(), run);
        return run;
    }

    @Override
    public void finished(long id) {
        running.remove(id);
    }

    @Override
    public List<RunningExecution> list() {
        return List.copyOf(running.values());
    }
}
