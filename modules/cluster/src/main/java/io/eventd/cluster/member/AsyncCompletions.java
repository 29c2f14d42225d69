package io.eventd.cluster.member;

import com.hazelcast.internal.util.ConcurrencyUtil;
import io.eventd.cluster.run.DaemonThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * Gives Hazelcast's asynchronous completions a thread pool on small machines. Hazelcast completes the futures of
 * multi-partition operations (getAll, setAll, executeOnKeys) on {@code ForkJoinPool.commonPool()} only when its
 * parallelism is above 1; otherwise it starts a new thread per completion. The common pool's parallelism is the
 * number of processors minus one, so on 2 cores (and in any pod limited to 2 CPUs or fewer) a member started about
 * 150 threads a second at 1 000 firings/s. Set once per JVM, before the first member starts.
 */
final class AsyncCompletions {
    private static final int THREADS = 2;
    private static ExecutorService pool;

    private AsyncCompletions() {
    }

    static synchronized void ensurePooled() {
        if (pool == null && ForkJoinPool.getCommonPoolParallelism() < 2) {
            pool = Executors.newFixedThreadPool(THREADS, DaemonThreads.named("eventd-hz-async-"));
            ConcurrencyUtil.setDefaultAsyncExecutor(pool);
        }
    }
}
