package io.claimstream.verdict;

import io.claimstream.claim.Claim;
import io.claimstream.identity.ResolvedEvent;
import io.claimstream.place.Gazetteer;
import io.claimstream.quantity.QuantityValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets a new claim against what was said before about its event and attribute. It conflicts with every
 * earlier value that cannot be true together with it (from any article, the same one included) and agrees
 * with every value of another article that can; each earlier article and value is shown once. A count that
 * grows in a later report (a death toll) agrees, as an update.
 */
public final class ClaimComparator {
    private static final Set<String> GROWING_COUNTS = Set.of("deaths", "injuries", "arrests");

    private final ValueComparator values;

    public ClaimComparator(Gazetteer gazetteer) {
        this.values = new ValueComparator(gazetteer);
    }

    /** The value the sources of one attribute bear out, and the values that contradict it. */
    public Consensus consensus(AttributeReports reports) {
        return Consensus.of(reports, values);
    }

    /**
     * @param event   the event the claim is about
     * @param earlier what sources said of the claim's attribute before it
     */
    public List<Verdict> compare(Claim claim, ResolvedEvent event, AttributeReports earlier, Instant detectedAt) {
        Map<String, Claim> conflicting = new LinkedHashMap<>(), agreeing = new LinkedHashMap<>();
        List<String> conflictReasons = new ArrayList<>(), agreementReasons = new ArrayList<>();
        for (ReportedValue reported : earlier.values()) {
            Comparison values = this.values.compare(claim.attribute(), claim.value(), reported.value());
            for (Claim other : reported.evidence()) {
                // a count is an update or a conflict depending on when each report of it came out
                Comparison c = values.compatible() ? values : update(claim, other).orElse(values);
                String side = other.articleId() + "|" + other.value();
                if (!c.compatible()) {
                    if (conflicting.putIfAbsent(side, other) == null) conflictReasons.add(c.why());
                } else if (!other.articleId().equals(claim.articleId())) {
                    if (agreeing.putIfAbsent(side, other) == null) agreementReasons.add(c.why());
                }
            }
        }
        List<Verdict> verdicts = new ArrayList<>(2);
        if (!conflicting.isEmpty()) {
            verdicts.add(verdict(Verdict.Kind.CONTRADICTION, claim, event, conflicting.values(), explain(claim, conflicting.values(),
                    "contradicts", conflictReasons), detectedAt));
        }
        if (!agreeing.isEmpty()) {
            verdicts.add(verdict(Verdict.Kind.AGREEMENT, claim, event, agreeing.values(), explain(claim, agreeing.values(),
                    "agrees with", agreementReasons), detectedAt));
        }
        return verdicts;
    }

    /**
     * Death tolls, injuries and arrests grow as an event is reported: a larger count published later is news, not a
     * conflict. Judged by publication time, not by which claim arrived first, so that claims reaching the store in
     * another order (from several input partitions) give the same verdicts.
     */
    private static Optional<Comparison> update(Claim claim, Claim other) {
        if (!GROWING_COUNTS.contains(claim.attribute()) || claim.publishedAt().equals(other.publishedAt())) return Optional.empty();
        Claim sooner = claim.publishedAt().isBefore(other.publishedAt()) ? claim : other;
        Claim later = sooner == claim ? other : claim;
        if (QuantityValue.parse(later.value()).lowest() <= QuantityValue.parse(sooner.value()).lowest()) return Optional.empty();
        return Optional.of(new Comparison(true, "an update: the " + claim.attribute() + " reported rose from " + sooner.value()
                + " to " + later.value() + " as later reports came in"));
    }

    private static Verdict verdict(Verdict.Kind kind, Claim claim, ResolvedEvent event, Iterable<Claim> others,
                                   String explanation, Instant detectedAt) {
        List<Verdict.Side> sides = new ArrayList<>();
        others.forEach(o -> sides.add(side(o)));
        return new Verdict(kind, claim.eventKey(), event.id(), event.label(), claim.attribute(), side(claim), sides,
                explanation, detectedAt);
    }

    static Verdict.Side side(Claim c) {
        return new Verdict.Side(c.claimId(), c.articleId(), c.source(), c.value(), c.sentence(), c.publishedAt());
    }

    /** "003 (IRNA) says the date of … is 2022-01-20 ("January 20"); this contradicts 001 (TASS) saying 2022-01-10: …" */
    private static String explain(Claim claim, Iterable<Claim> others, String relation, List<String> reasons) {
        List<String> said = new ArrayList<>();
        others.forEach(o -> said.add(who(o) + " saying " + o.value() + " (\"" + o.display() + "\")"));
        return who(claim) + " says the " + claim.attribute() + " of " + claim.eventLabel() + " is " + claim.value()
                + " (\"" + claim.display() + "\"); this " + relation + " " + String.join(", ", said) + ": "
                + reasons.stream().distinct().collect(Collectors.joining("; "));
    }

    private static String who(Claim c) {
        return c.source() == null ? c.articleId() : c.articleId() + " (" + c.source() + ")";
    }
}
