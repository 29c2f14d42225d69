package io.eventd.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.net.SelfSignedCertificate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

class TlsTest {

    @Test
    @SuppressWarnings("removal") // Vert.x's test-certificate helper is the only generator at hand without openssl
    void withKeyAndCertificateTheNodeServesHttps() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
        try (ServerFixture server = ServerFixture.started(ServerFixture.settings()
                .withTls(Path.of(certificate.privateKeyPath()), Path.of(certificate.certificatePath())))) {
            HttpClient client = HttpClient.newBuilder().sslContext(trustingEverything()).build();

            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + server.port() + "/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
        } finally {
            certificate.delete();
        }
    }

    /** The test's certificate is self-signed: trust it (and anything) for this one client. */
    private static SSLContext trustingEverything() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
