package io.claimstream.stream;

import io.claimstream.avro.Event;
import io.claimstream.avro.Verdict;

/** What comparing claims gives: a verdict on a new claim, or the current state of an event for `events`. */
record Compared(Verdict verdict, Event event) {
    static Compared of(Verdict verdict) {
        return new Compared(verdict, null);
    }

    static Compared of(Event event) {
        return new Compared(null, event);
    }

    boolean isVerdict() {
        return verdict != null;
    }
}
