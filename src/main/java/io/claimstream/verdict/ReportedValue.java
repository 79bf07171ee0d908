package io.claimstream.verdict;

import io.claimstream.claim.Claim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One value that sources gave for one attribute of one event: how many said it, when the first of them did,
 * and the first few claims that said it, as its evidence.
 *
 * @param evidence the earliest claims of distinct articles giving this value, at most {@link #EVIDENCE}
 */
public record ReportedValue(String value, int sources, Instant firstReported, List<Claim> evidence) {
    /** Enough to show who said it; a value repeated by a thousand sources keeps its count, not its thousand sentences. */
    public static final int EVIDENCE = 10;

    public ReportedValue {
        evidence = List.copyOf(evidence);
    }

    static ReportedValue of(Claim claim) {
        return new ReportedValue(claim.value(), 1, claim.publishedAt(), List.of(evidence(claim)));
    }

    /** What a claim is kept as, as evidence: its article's names are the event's business, not the value's. */
    private static Claim evidence(Claim claim) {
        return claim.storyNames().isEmpty() ? claim : claim.withStoryNames(java.util.Map.of());
    }

    ReportedValue with(Claim claim) {
        List<Claim> more = evidence;
        if (evidence.size() < EVIDENCE) {
            more = new ArrayList<>(evidence);
            more.add(evidence(claim));
        }
        return new ReportedValue(value, sources + 1, min(firstReported, claim.publishedAt()), more);
    }

    ReportedValue and(ReportedValue other) {
        List<Claim> both = new ArrayList<>(evidence);
        other.evidence.stream().filter(c -> both.size() < EVIDENCE).forEach(both::add);
        return new ReportedValue(value, sources + other.sources, min(firstReported, other.firstReported), both);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

}
