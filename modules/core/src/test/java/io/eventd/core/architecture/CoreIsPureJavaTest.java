package io.eventd.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core knows nothing of Hazelcast, Vert.x or JDBC: layers point one way (DESIGN.md, Architecture). */
class CoreIsPureJavaTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(com\\.hazelcast|io\\.vertx|java\\.sql|javax\\.sql|com\\.mysql|org\\.mariadb|com\\.zaxxer|io\\.micrometer)\\.");

    @Test
    void noSourceFileOfTheCoreReferencesAnAdapterLibrary() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(CoreIsPureJavaTest::mentionsForbiddenPackage)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("core sources referencing Hazelcast, Vert.x, JDBC or other adapter libraries").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.hazelcast.core.HazelcastInstance", "io.vertx.core.Vertx", "com.mysql.cj.jdbc.Driver",
        "com.zaxxer.hikari.HikariDataSource"})
    void noAdapterLibraryIsOnTheCoreClasspath(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }

    private static boolean mentionsForbiddenPackage(Path file) {
        try {
            return FORBIDDEN.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
