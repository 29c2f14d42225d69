package io.eventd.deploycheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rendered documents of one kustomization, each bound to its fabric8 class: a field of the wrong type fails
 * the binding, a field the class does not know fails {@link UnknownFields}, a kind not listed here fails too.
 */
record BoundManifests(Path dir, List<HasMetadata> resources) {
    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "v1/ServiceAccount", ServiceAccount.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "rbac.authorization.k8s.io/v1/Role", Role.class,
            "rbac.authorization.k8s.io/v1/RoleBinding", RoleBinding.class,
            "monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class);

    static BoundManifests render(Path dir) {
        return new BoundManifests(dir, Kustomize.render(dir).stream().map(BoundManifests::bind).toList());
    }

    static HasMetadata bind(Map<String, Object> doc) {
        String type = doc.get("apiVersion") + "/" + doc.get("kind");
        Class<? extends HasMetadata> cls = TYPES.get(type);
        if (cls == null) {
            throw new IllegalArgumentException("no model class for " + type + " (known: " + TYPES.keySet() + ")");
        }
        HasMetadata bound = Yaml.MAPPER.convertValue(doc, cls);
        UnknownFields.requireNone(bound, type + "/" + bound.getMetadata().getName());
        return bound;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(dir + ": no " + type.getSimpleName() + " " + name));
    }
}
