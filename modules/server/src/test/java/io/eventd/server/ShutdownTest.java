package io.eventd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ShutdownTest {
    @Test
    void partsStopInReverseOrderOnceEvenWhenOneFails() {
        List<String> stopped = new CopyOnWriteArrayList<>();
        Shutdown shutdown = new Shutdown();
        shutdown.add("database", () -> stopped.add("database"));
        shutdown.add("cluster", () -> {
            stopped.add("cluster");
            throw new IllegalStateException("member already gone");
        });
        shutdown.add("http", () -> stopped.add("http"));
        shutdown.run();
        shutdown.run();
        assertThat(stopped).containsExactly("http", "cluster", "database");
    }
}
