package io.eventd.server;

import java.util.logging.LogManager;

/**
 * java.util.logging's manager minus one thing: its own shutdown hook resets (closes and removes) every handler
 * while the node's {@link Shutdown} hook runs alongside it, so the ordered shutdown's lines (and Hazelcast's) were
 * lost. The reset from that hook is skipped; the console handler flushes each record anyway.
 */
public final class KeepHandlersLogManager extends LogManager {
    private static final String JDK_CLEANER = LogManager.class.getName() + "$Cleaner";

    @Override
    public void reset() {
        if (!Thread.currentThread().getClass().getName().equals(JDK_CLEANER)) {
            super.reset();
        }
    }
}
