package io.eventd.deploycheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;

/** The eventd StatefulSet of a rendering, with the lookups the checks share. */
record EventdWorkload(BoundManifests manifests, StatefulSet statefulSet, ConfigMap config) {
    static EventdWorkload of(Path kustomization) {
        BoundManifests m = BoundManifests.render(kustomization);
        return new EventdWorkload(m, m.one(StatefulSet.class, "eventd"), m.one(ConfigMap.class, "eventd-config"));
    }

    PodSpec pod() {
        return statefulSet.getSpec().getTemplate().getSpec();
    }

    Map<String, String> podLabels() {
        return statefulSet.getSpec().getTemplate().getMetadata().getLabels();
    }

    Container container() {
        return pod().getContainers().stream().filter(c -> c.getName().equals("eventd")).findFirst().orElseThrow();
    }

    ContainerPort port(String name) {
        return container().getPorts().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no container port " + name));
    }

    /** The value the pod sees for an EVENTD_* setting (the ConfigMap is its only source). */
    String setting(String env) {
        return config.getData().get(env);
    }

    /** The volume mounted at the folder holding {@code file}, or an error naming the file. */
    Volume volumeHolding(Path file) {
        VolumeMount mount = container().getVolumeMounts().stream()
                .filter(m -> file.getParent().equals(Path.of(m.getMountPath()))).findFirst()
                .orElseThrow(() -> new NoSuchElementException("nothing mounted at " + file.getParent()));
        return volume(mount.getName());
    }

    VolumeMount mountAt(String path) {
        return container().getVolumeMounts().stream().filter(m -> m.getMountPath().equals(path)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("nothing mounted at " + path));
    }

    Volume volume(String name) {
        return pod().getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
    }
}
