package io.eventd.bench.engine;

import io.eventd.server.Shutdown;
import io.eventd.server.config.NodeConfig;
import io.eventd.server.config.Settings;
import io.eventd.server.node.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Members in this JVM, started as {@code eventd server} starts one (so their heap is this JVM's heap). */
final class InProcessMembers extends Members {
    private final List<Shutdown> shutdowns = new ArrayList<>();

    InProcessMembers(ClusterLayout layout) {
        super(layout);
        List<CompletableFuture<Node>> starting = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            NodeConfig config = NodeConfig.from(Settings.of(layout.flags(i), Map.of()));
            Shutdown shutdown = new Shutdown();
            shutdowns.add(shutdown);
            starting.add(CompletableFuture.supplyAsync(() -> Node.start(config, shutdown)));
        }
        starting.forEach(CompletableFuture::join);
        awaitReady();
    }

    @Override
    protected boolean keepStarting(int index) {
        return true;
    }

    @Override
    public void close() {
        shutdowns.parallelStream().forEach(Shutdown::run);
    }
}
