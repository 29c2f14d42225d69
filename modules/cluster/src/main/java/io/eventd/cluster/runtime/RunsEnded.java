package io.eventd.cluster.runtime;

import com.hazelcast.map.EntryProcessor;
import io.eventd.core.event.EventKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ends several runs in one call ({@code executeOnKeys}: one operation per partition, not one per run): for each
 * event, the run holding fencing token {@code tokens[i]} releases the event, and a success moves the event's last
 * success to {@code succeededAtMillis[i]} (0: the run did not succeed). Answers per event as
 * {@link ReleaseProcessor}: whether that run was still the one recorded.
 */
public final class RunsEnded implements EntryProcessor<EventKey, RuntimeState, Boolean> {
    private final String[] schemas;
    private final String[] names;
    private final long[] tokens;
    private final long[] succeededAtMillis;
    private transient Map<EventKey, Integer> index;

    public RunsEnded(String[] schemas, String[] names, long[] tokens, long[] succeededAtMillis) {
        this.schemas = schemas;
        this.names = names;
        this.tokens = tokens;
        this.succeededAtMillis = succeededAtMillis;
    }

    /** One run ending: event, its run's token, when it succeeded (0: it did not). */
    public record Ending(EventKey event, long token, long succeededAtMillis) {
    }

    public static RunsEnded of(List<Ending> endings) {
        int n = endings.size();
        String[] schemas = new String[n];
        String[] names = new String[n];
        long[] tokens = new long[n];
        long[] succeeded = new long[n];
        for (int i = 0; i < n; i++) {
            Ending ending = endings.get(i);
            schemas[i] = ending.event().schema();
            names[i] = ending.event().foldedName();
            tokens[i] = ending.token();
            succeeded[i] = ending.succeededAtMillis();
        }
        return new RunsEnded(schemas, names, tokens, succeeded);
    }

    @Override
    public Boolean process(Map.Entry<EventKey, RuntimeState> entry) {
        Integer i = index().get(entry.getKey());
        RuntimeState state = entry.getValue();
        if (i == null || state == null || !state.runningWith(tokens[i])) {
            return false;
        }
        entry.setValue(state.ended(succeededAtMillis[i]));
        return true;
    }

    private Map<EventKey, Integer> index() {
        if (index == null) {
            Map<EventKey, Integer> built = new HashMap<>();
            for (int i = 0; i < schemas.length; i++) {
                built.put(new EventKey(schemas[i], names[i]), i);
            }
            index = built;
        }
        return index;
    }

    public String[] schemas() {
        return schemas;
    }

    public String[] names() {
        return names;
    }

    public long[] tokens() {
        return tokens;
    }

    public long[] succeededAtMillis() {
        return succeededAtMillis;
    }
}
