package io.eventd.bench.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The 1-minute load average (as {@code uptime} shows it), noted next to each figure: the machine is shared. */
final class MachineLoad {
    private MachineLoad() {
    }

    static double oneMinute() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
