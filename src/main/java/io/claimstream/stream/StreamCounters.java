package io.claimstream.stream;

import java.util.concurrent.atomic.AtomicLong;

/** Running totals of what the topology has done in this process, for the periodic summary log line and the bench. */
public final class StreamCounters {
    final AtomicLong articles = new AtomicLong();
    final AtomicLong deadLetters = new AtomicLong();
    final AtomicLong claims = new AtomicLong();
    final AtomicLong contradictions = new AtomicLong();
    final AtomicLong agreements = new AtomicLong();
    /** Claims that reached the ordering step after their input partitions had moved past them: compared out of order. */
    final AtomicLong lateClaims = new AtomicLong();
    /** Not a total: claims waiting in this process's ordering stores right now. */
    final AtomicLong pendingClaims = new AtomicLong();

    public long articles() {
        return articles.get();
    }

    public long deadLetters() {
        return deadLetters.get();
    }

    public long claims() {
        return claims.get();
    }

    public long contradictions() {
        return contradictions.get();
    }

    public long agreements() {
        return agreements.get();
    }

    public long lateClaims() {
        return lateClaims.get();
    }
}
