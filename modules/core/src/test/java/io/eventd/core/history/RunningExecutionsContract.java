package io.eventd.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.Account;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RunningExecutions} must do; an implementation's test supplies an empty one. */
public abstract class RunningExecutionsContract {
    private static final Account APP = new Account("app", "%");

    protected abstract RunningExecutions empty();

    private RunningExecutions running;

    @BeforeEach
    void newRunning() {
        running = empty();
    }

    @Test
    void listsRunsUntilTheyFinishOrderedById() {
        RunningExecution a = running.started("n1", "test", "e1", APP, Instant.ofEpochSecond(10), 10);
        RunningExecution b = running.started("n2", "test", "e2", APP, Instant.ofEpochSecond(11), 11);
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(b).isEqualTo(new RunningExecution(b.id(), "n2", "test", "e2", APP, Instant.ofEpochSecond(11), 11));
        assertThat(running.list()).containsExactlyElementsOf(a.id() < b.id() ? List.of(a, b)
                : List.of(b, a));
        running.finished(a.id());
        running.finished(a.id());
        running.finished(-42);
        assertThat(running.list()).containsExactly(b);
    }
}
