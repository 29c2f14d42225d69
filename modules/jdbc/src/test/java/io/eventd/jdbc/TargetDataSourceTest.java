package io.eventd.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.jdbc.JdbcConnection;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TargetDataSourceTest {

    @Test
    void theDriverOptionsReachTheDriver() throws SQLException {
        TargetConfig config = SharedMariaDb.server().targetConfig().withConnectionTimeout(Duration.ofMillis(1_500));
        try (TargetDataSource pool = new TargetDataSource(config); Connection connection = pool.connection()) {
            PropertySet driver = connection.unwrap(JdbcConnection.class).getPropertySet();

            assertThat(driver.getIntegerProperty(PropertyKey.connectTimeout).getValue()).isEqualTo(1_500);
            assertThat(driver.getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue()).isEqualTo(256);
            assertThat(driver.getBooleanProperty(PropertyKey.useLocalSessionState).getValue()).isTrue();
            assertThat(driver.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
            assertThat(driver.getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue()).isTrue();
            assertThat(driver.getBooleanProperty(PropertyKey.readOnlyPropagatesToServer).getValue()).isFalse();
            assertThat(driver.getBooleanProperty(PropertyKey.allowMultiQueries).getValue()).isTrue();
        }
    }
}
