package io.claimstream.cli;

import java.util.List;

/** Seconds of the measured rounds of a bench, after rounds not measured (the JIT's warm-up), fastest first. */
record Rounds(List<Double> seconds) {

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
