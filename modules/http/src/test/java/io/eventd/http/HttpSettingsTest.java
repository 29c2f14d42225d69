package io.eventd.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void defaults() {
        HttpSettings settings = HttpSettings.defaults();

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.bodyLimitBytes()).isEqualTo(1024 * 1024);
        assertThat(settings.tls()).isFalse();
        assertThat(settings.allowAnonymousLoopback()).isFalse();
    }

    @Test
    void anonymousLoopbackBindsLoopbackOnly() {
        assertThat(HttpSettings.defaults().withAnonymousLoopback(true).bindHost()).isEqualTo("127.0.0.1");
        assertThat(HttpSettings.defaults().bindHost()).isEqualTo("0.0.0.0");
    }

    @Test
    void invalidSettingsAreRefused() {
        HttpSettings d = HttpSettings.defaults();

        assertThatThrownBy(() -> d.withPort(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withBodyLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withTls(Path.of("key.pem"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withIdleTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withWorkerThreads(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
