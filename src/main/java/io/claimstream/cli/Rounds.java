package io.claimstream.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Seconds of the measured rounds of a bench, after rounds not measured (the JIT's warm-up), fastest first. */
record Rounds(List<Double> seconds) {

    static Rounds time(int warmup, int rounds, Runnable round) {
        if (rounds < 1) throw new CliException("--rounds must be at least 1");
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            long started = System.nanoTime();
            round.run();
            if (i >= warmup) seconds.add((System.nanoTime() - started) / 1e9);
        }
        Collections.sort(seconds);
        return new Rounds(List.copyOf(seconds));
    }

    double median() {
        return seconds.get(seconds.size() / 2);
    }

    double fastest() {
        return seconds.get(0);
    }

    double slowest() {
        return seconds.get(seconds.size() - 1);
    }
}
