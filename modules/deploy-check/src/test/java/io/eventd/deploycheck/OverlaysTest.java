package io.eventd.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each overlay adds beyond the base. */
class OverlaysTest {
    @Test
    void theServiceMonitorScrapesMetricsOnTheClientServiceOnly() {
        BoundManifests m = BoundManifests.render(Kustomizations.K8S.resolve("overlays/prometheus-operator"));
        ServiceMonitor monitor = m.one(ServiceMonitor.class, "eventd");
        List<Service> selected = m.all(Service.class).stream().filter(s -> s.getMetadata().getLabels().entrySet()
                .containsAll(monitor.getSpec().getSelector().getMatchLabels().entrySet())).toList();

        assertThat(selected).extracting(s -> s.getMetadata().getName()).containsExactly("eventd");
        assertThat(monitor.getSpec().getEndpoints()).singleElement().satisfies(e -> {
            assertThat(e.getPath()).isEqualTo(ServerContract.METRICS);
            assertThat(selected.get(0).getSpec().getPorts()).extracting(ServicePort::getName).contains(e.getPort());
        });
        assertThat(monitor.getMetadata().getNamespace()).isEqualTo(selected.get(0).getMetadata().getNamespace());
    }

    @Test
    void theDevOverlayRunsOneMemberThatIsItsOwnMajority() {
        EventdWorkload w = EventdWorkload.of(Kustomizations.K8S.resolve("overlays/dev"));

        assertThat(w.statefulSet().getSpec().getReplicas()).isEqualTo(1);
        assertThat(w.setting("EVENTD_EXPECTED_MEMBERS")).isEqualTo("1");
    }

    @Test
    void apiDiscoveryGetsReadOnlyAccessToTheMembersObjectsInItsNamespaceOnly() {
        EventdWorkload w = EventdWorkload.of(Kustomizations.API_DISCOVERY);
        Role role = w.manifests().one(Role.class, "eventd-discovery");
        RoleBinding binding = w.manifests().one(RoleBinding.class, "eventd-discovery");
        String account = w.pod().getServiceAccountName();

        for (PolicyRule rule : role.getRules()) {
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "list");
            assertThat(rule.getResourceNames()).isEmpty();
            assertThat(Set.of("endpoints", "pods", "services", "endpointslices")).containsAll(rule.getResources());
        }
        assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
        assertThat(binding.getRoleRef().getName()).isEqualTo("eventd-discovery");
        assertThat(binding.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getKind()).isEqualTo("ServiceAccount");
            assertThat(s.getName()).isEqualTo(account);
            assertThat(s.getNamespace()).isEqualTo(w.statefulSet().getMetadata().getNamespace());
        });
        assertThat(w.manifests().one(ServiceAccount.class, account).getAutomountServiceAccountToken()).isTrue();
        assertThat(w.pod().getAutomountServiceAccountToken()).isTrue();
    }
}
