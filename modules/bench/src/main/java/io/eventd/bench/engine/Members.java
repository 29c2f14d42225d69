package io.eventd.bench.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Running eventd members of one cluster, reached over HTTP; closing stops those still running. */
abstract class Members implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    protected final ClusterLayout layout;
    private final List<EventdHttp> clients = new ArrayList<>();

    Members(ClusterLayout layout) {
        this.layout = layout;
    }

    int size() {
        return layout.size();
    }

    /** A client of member {@code index}, authenticated with one bearer token shared by all members. */
    EventdHttp http(int index) {
        return clients.get(index);
    }

    /** Waits until every member answers ready, then mints the token. */
    protected void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        List<EventdHttp> basic = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            basic.add(new EventdHttp(layout.httpPort(i), "root", ClusterLayout.ADMIN_PASSWORD));
        }
        // all members are watched each round: one cannot be ready before a majority has started
        Set<Integer> starting = new TreeSet<>();
        for (int i = 0; i < size(); i++) {
            starting.add(i);
        }
        while (!starting.isEmpty()) {
            for (Iterator<Integer> it = starting.iterator(); it.hasNext(); ) {
                int i = it.next();
                if (basic.get(i).ready()) {
                    it.remove();
                } else if (!keepStarting(i)) {
                    throw new IllegalStateException("member " + i + " exited while starting (see its log)");
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("members " + starting + " not ready after " + READY_TIMEOUT);
            }
            pause(500);
        }
        EventdHttp first = basic.get(0).useToken();
        clients.clear();
        for (int i = 0; i < size(); i++) {
            clients.add(first.withPort(layout.httpPort(i)));
        }
    }

    /** True while member {@code index} is (again) on its way up; false once it gave up starting. */
    protected abstract boolean keepStarting(int index);

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public abstract void close();
}
