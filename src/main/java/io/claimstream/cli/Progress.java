package io.claimstream.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows how a long job advances: a bar redrawn in place on a terminal, a plain line every few seconds
 * otherwise (a log file or a pipe should not fill with carriage returns).
 */
final class Progress {
    private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long BAR_EVERY_NANOS = Duration.ofMillis(200).toNanos();

    private final PrintStream out;
    private final boolean terminal;
    private final String unit;
    private final long total;
    private final long started = System.nanoTime();
    private long lastShown;

    Progress(PrintStream out, boolean terminal, String unit, long total) {
        this.out = out;
        this.terminal = terminal;
        this.unit = unit;
        this.total = total;
        this.lastShown = started;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (now - lastShown < (terminal ? BAR_EVERY_NANOS : PLAIN_EVERY_NANOS) || done >= total) return; // finish() shows the end
        lastShown = now;
        out.print(terminal ? "\r" + line(done, now) : line(done, now) + "\n");
        out.flush();
    }

    void finish(long done) {
        long now = System.nanoTime();
        out.print((terminal ? "\r" : "") + line(done, now) + "\n");
        out.flush();
    }

    String line(long done, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        String eta = rate > 0 && done < total ? clock((long) ((total - done) / rate)) : "0:00";
        return String.format("[%s%s] %d/%d %s  %.1f %s/s  ETA %s", "#".repeat(filled), " ".repeat(width - filled),
                done, total, unit, rate, unit, eta);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
