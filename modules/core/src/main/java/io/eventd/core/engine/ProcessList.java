package io.eventd.core.engine;

import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.RunningExecution;
import java.util.ArrayList;
import java.util.List;

/**
 * SHOW [FULL] PROCESSLIST: one row per event body running in the cluster, shaped as MySQL shows an event worker
 * (User = definer, Host = the node, db = the event's schema, Command {@code Connect}). Info is the event's body,
 * cut to 100 characters without FULL. Without SUPER (MySQL's PROCESS) a user sees only runs under their user name.
 */
final class ProcessList {
    static final List<String> COLUMNS = List.of("Id", "User", "Host", "db", "Command", "Time", "State", "Info");
    static final String STATE = "executing event";
    private static final int SHORT_INFO = 100;

    private ProcessList() {
    }

    static StatementResult show(boolean full, StatementRun run) {
        Account user = run.session().user();
        boolean seesAll = run.isAdmin();
        List<List<Object>> rows = new ArrayList<>();
        for (RunningExecution execution : run.engine().running().list()) {
            if (!seesAll && !execution.definer().user().equals(user.user())) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(execution.id());
            row.add(execution.definer().user());
            row.add(execution.node());
            row.add(execution.schema());
            row.add("Connect");
            row.add(Math.max(0, run.now() - execution.started().getEpochSecond()));
            row.add(STATE);
            row.add(info(execution, full, run));
            rows.add(row);
        }
        return StatementResult.rows(run.notes(), COLUMNS, rows);
    }

    /** The body of the event as stored now; null when the event is gone. */
    private static String info(RunningExecution execution, boolean full, StatementRun run) {
        String body = run.engine().catalog().find(EventKey.of(execution.schema(), execution.event()))
                .map(EventDefinition::body).orElse(null);
        if (body == null || full || body.length() <= SHORT_INFO) {
            return body;
        }
        return body.substring(0, body.offsetByCodePoints(0, Math.min(SHORT_INFO, body.codePointCount(0, body.length()))));
    }
}
