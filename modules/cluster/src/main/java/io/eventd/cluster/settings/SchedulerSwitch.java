package io.eventd.cluster.settings;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code @@global.event_scheduler} for the whole cluster (mysql-events.md 2.5): one entry of the settings map,
 * persisted, default ON. Every member keeps the value it last saw and is told when it turns.
 */
public final class SchedulerSwitch implements AutoCloseable {
    static final String KEY = "event_scheduler";

    private final IMap<String, String> settings;
    private final UUID listener;
    private volatile boolean on;

    /** {@code onTurn} hears every change, with the new value, on a Hazelcast event thread. */
    public SchedulerSwitch(IMap<String, String> settings, Consumer<Boolean> onTurn) {
        this.settings = settings;
        this.listener = settings.addEntryListener(new Listener(onTurn), KEY, true);
        this.on = !"OFF".equals(settings.get(KEY));
    }

    public boolean isOn() {
        return on;
    }

    /** {@code SET GLOBAL event_scheduler = ON|OFF}, for every member. */
    public void turn(boolean turnOn) {
        settings.set(KEY, turnOn ? "ON" : "OFF");
    }

    @Override
    public void close() {
        settings.removeEntryListener(listener);
    }

    private final class Listener implements EntryAddedListener<String, String>, EntryUpdatedListener<String, String> {
        private final Consumer<Boolean> onTurn;

        Listener(Consumer<Boolean> onTurn) {
            this.onTurn = onTurn;
        }

        @Override
        public void entryAdded(EntryEvent<String, String> event) {
            changed(event.getValue());
        }

        @Override
        public void entryUpdated(EntryEvent<String, String> event) {
            changed(event.getValue());
        }

        /** OFF is passed on before {@link #isOn()} reads it and ON after: once OFF reads, firing has stopped. */
        private void changed(String value) {
            boolean now = !"OFF".equals(value);
            if (now == on) {
                return;
            }
            if (now) {
                on = true;
                onTurn.accept(true);
            } else {
                onTurn.accept(false);
                on = false;
            }
        }
    }
}
