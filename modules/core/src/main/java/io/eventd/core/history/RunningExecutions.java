package io.eventd.core.history;

import io.eventd.core.event.Account;
import java.time.Instant;
import java.util.List;

/** The event executions running across the cluster: registered when a body starts, removed when it ends. */
public interface RunningExecutions {

    /** Registers a run and gives it an id unique among the running ones. */
    RunningExecution started(String node, String schema, String event, Account definer, Instant started,
                             long scheduledAt);

    /** The run ended (however); unknown ids are ignored. */
    void finished(long id);

    /** Every running execution, ordered by id. */
    List<RunningExecution> list();
}
