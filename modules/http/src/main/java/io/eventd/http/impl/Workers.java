package io.eventd.http.impl;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs blocking core calls (statements, password checks, cluster look-ups) off the event loop. */
final class Workers {
    private final WorkerExecutor executor;

    Workers(WorkerExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} on a worker, then {@code then} on the event loop; a failure is answered as an error. */
    <T> void run(RoutingContext ctx, Callable<T> work, Consumer<T> then) {
        executor.executeBlocking(work, false).onComplete(done -> {
            if (done.succeeded()) {
                try {
                    then.accept(done.result());
                } catch (RuntimeException e) {
                    Replies.failure(ctx, e);
                }
            } else {
                Replies.failure(ctx, done.cause());
            }
        });
    }
}
