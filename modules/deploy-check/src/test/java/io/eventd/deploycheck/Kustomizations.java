package io.eventd.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** k8s/base and every directory of k8s/overlays: what a user may apply. */
final class Kustomizations {
    static final Path K8S = Repo.path("k8s");
    static final Path BASE = K8S.resolve("base");
    /** Prepared for a discovery mode the server does not have yet (see k8s/README.md). */
    static final Path API_DISCOVERY = K8S.resolve("overlays/kubernetes-api-discovery");

    private Kustomizations() {
    }

    static List<Path> all() {
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            return Stream.concat(Stream.of(BASE), overlays.filter(Files::isDirectory).sorted()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> usableToday() {
        return all().stream().filter(p -> !p.equals(API_DISCOVERY)).toList();
    }
}
