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

    /**
     * @param event   the event the claim is about
     * @param earlier what sources said of the claim's attribute before it
     */
    public List<Verdict> compare(Claim claim, ResolvedEvent event, AttributeReports earlier, Instant now) {
        Map<String, Claim> conflicting = new LinkedHashMap<>(), agreeing = new LinkedHashMap<>();
        List<String> conflictReasons = new ArrayList<>(), agreementReasons = new ArrayList<>();
        for (ReportedValue reported : earlier.values()) {
            Comparison c = values.compare(claim.attribute(), claim.value(), reported.value());
            if (!c.compatible() && isUpdate(claim, reported)) {
                c = new Comparison(true, "an update: the " + claim.attribute() + " reported rose from " + reported.value()
                        + " to " + claim.value() + " as later reports came in");
            }
            for (Claim other : reported.evidence()) {
                String side = other.articleId() + "|" + other.value();
                if (!c.compatible()) {
                    conflicting.putIfAbsent(side, other);
                } else if (!other.articleId().equals(claim.articleId())) {
                    agreeing.putIfAbsent(side, other);
                }
            }
            if (!c.compatible()) conflictReasons.add(c.why());
            else if (reported.evidence().stream().anyMatch(o -> !o.articleId().equals(claim.articleId()))) agreementReasons.add(c.why());
        }
        List<Verdict> verdicts = new ArrayList<>(2);
        if (!conflicting.isEmpty()) {
            verdicts.add(verdict(Verdict.Kind.CONTRADICTION, claim, event, conflicting.values(), explain(claim, conflicting.values(),
                    "contradicts", conflictReasons), now));
        }
        if (!agreeing.isEmpty()) {
            verdicts.add(verdict(Verdict.Kind.AGREEMENT, claim, event, agreeing.values(), explain(claim, agreeing.values(),
                    "agrees with", agreementReasons), now));
        }
        return verdicts;
    }

    /**
     * Death tolls, injuries and arrests grow as an event is reported: a larger count published after every
     * report of the smaller one is news, not a conflict.
     */
    private static boolean isUpdate(Claim claim, ReportedValue earlier) {
        return GROWING_COUNTS.contains(claim.attribute()) && claim.publishedAt().isAfter(earlier.lastReported())
                && QuantityValue.parse(claim.value()).lowest() > QuantityValue.parse(earlier.value()).lowest();
    }

    private static Verdict verdict(Verdict.Kind kind, Claim claim, ResolvedEvent event, Iterable<Claim> others,
                                   String explanation, Instant now) {
        List<Verdict.Side> sides = new ArrayList<>();
        others.forEach(o -> sides.add(side(o)));
        return new Verdict(kind, claim.eventKey(), event.id(), event.label(), claim.attribute(), side(claim), sides,
                explanation, now);
    }

    static Verdict.Side side(Claim c) {
        return new Verdict.Side(c.claimId(), c.articleId(), c.source(), c.value(), c.sentence());
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
