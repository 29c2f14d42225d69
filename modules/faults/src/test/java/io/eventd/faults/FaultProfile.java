package io.eventd.faults;

import java.time.Duration;

/**
 * The numbers of one run of the fault suite: {@code short} in the default build (CI budget), {@code long} with
 * {@code -Pfaults-long} (system property {@code faults.profile}).
 */
record FaultProfile(String name, int events, int killCycles, int leaveJoinCycles, Duration databaseOutage,
                    Duration minorityWatch) {

    static final FaultProfile SHORT = new FaultProfile("short", 20, 20, 1, Duration.ofSeconds(10),
            Duration.ofSeconds(8));
    static final FaultProfile LONG = new FaultProfile("long", 100, 100, 10, Duration.ofSeconds(45),
            Duration.ofSeconds(30));

    static FaultProfile current() {
        return "long".equals(System.getProperty("faults.profile", "short")) ? LONG : SHORT;
    }
}
