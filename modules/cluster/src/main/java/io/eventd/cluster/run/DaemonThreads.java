package io.eventd.cluster.run;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads for a member's executors: a member's shutdown, not its threads, ends its work. */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Threads named {@code prefix1}, {@code prefix2}, … */
    public static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
