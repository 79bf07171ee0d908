package io.claimstream.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process as Linux reports it in /proc/PID/status (VmRSS now, VmHWM its peak), in MB. */
record ProcessMemory(long rssMb, long peakRssMb) {
    static ProcessMemory of(String pid) {
        try {
            long rss = -1, peak = -1;
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) rss = kb(line) / 1024;
                if (line.startsWith("VmHWM:")) peak = kb(line) / 1024;
            }
            return new ProcessMemory(rss, peak);
        } catch (IOException | RuntimeException e) {
            return new ProcessMemory(-1, -1);
        }
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
