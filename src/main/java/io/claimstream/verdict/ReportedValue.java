package io.claimstream.verdict;

import io.claimstream.claim.Claim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * What a claim is kept as, as evidence: what verdicts and the event's record show of it (who said what, in which
     * words, when). Its event's key, label, kind and names are the event's business, not the value's; each reports
     * entry is written again with every claim about its attribute, so what it need not hold it should not.
     */
    private static Claim evidence(Claim c) {
        return new Claim(c.claimId(), c.articleId(), c.source(), null, null, null, null, null, null, null, c.attribute(), c.value(),
                c.display(), c.sentence(), c.sentenceStart(), c.sentenceEnd(), c.publishedAt(), c.confidence(), Map.of(), c.title());
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
