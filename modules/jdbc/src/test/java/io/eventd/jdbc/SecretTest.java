package io.eventd.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretTest {

    @Test
    void passwordsNeverShowInToString(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), "s3cr3t\n");
        Secret secret = Secret.fromFile(file);
        assertThat(secret.reveal()).isEqualTo("s3cr3t");
        assertThat(secret).isEqualTo(Secret.of("s3cr3t".toCharArray()));

        TargetConfig config = TargetConfig.of("jdbc:mysql://db:3306/x?user=a&password=s3cr3t&sslMode=DISABLED", "a",
                secret);
        assertThat(config.toString()).doesNotContain("s3cr3t").contains("password=******&sslMode=DISABLED");
        try (TargetDataSource pool = new TargetDataSource(config)) {
            assertThat(pool.toString()).doesNotContain("s3cr3t");
        }
    }
}
