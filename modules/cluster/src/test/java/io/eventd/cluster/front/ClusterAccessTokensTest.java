package io.eventd.cluster.front;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.Account;
import io.eventd.core.token.AccessToken;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tokens issued on one member are accepted on the other until they expire or are revoked. */
class ClusterAccessTokensTest {
    private static final Account APP = new Account("app", "%");

    @Test
    void aTokenStoredOnOneNodeIsFoundOnTheOtherUntilRevoked() {
        long now = Instant.now().getEpochSecond();
        AccessToken token = new AccessToken("d1", APP, now + 3600);
        FrontCluster.door(0).tokens().store(token);
        assertThat(FrontCluster.door(1).tokens().find("d1", now)).contains(token);
        FrontCluster.door(1).tokens().revoke("d1");
        assertThat(FrontCluster.door(0).tokens().find("d1", now)).isEmpty();
    }

    @Test
    void anExpiredTokenIsNeitherKeptNorAccepted() {
        long now = Instant.now().getEpochSecond();
        FrontCluster.door(0).tokens().store(new AccessToken("old", APP, now - 1));
        assertThat(FrontCluster.door(1).tokens().find("old", now - 10)).isEmpty();
        FrontCluster.door(0).tokens().store(new AccessToken("soon", APP, now + 60));
        assertThat(FrontCluster.door(1).tokens().find("soon", now + 60)).isEmpty();
        assertThat(FrontCluster.door(1).tokens().find("unknown", now)).isEmpty();
    }
}
