package io.claimstream.web;

import io.claimstream.avro.Event;
import io.claimstream.avro.EventAttribute;
import io.claimstream.avro.EventClaim;
import io.claimstream.avro.EventValue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** An event as the API shows it: the `events` record, in plain JSON. */
record EventView(String id, String key, String label, String kind, String site, Instant firstReported, Instant lastReported,
                 int sources, int claims, List<AttributeView> attributes, String mergedInto, List<String> mergedFrom) {

    record AttributeView(String attribute, String consensus, List<ValueView> values) {
    }

    /** @param agrees whether the value can be true together with the consensus; null while there is none */
    record ValueView(String value, int sources, Boolean agrees, List<ClaimView> claims) {
    }

    record ClaimView(String claimId, String articleId, String source, String title, String display, String sentence,
                     Instant publishedAt) {
    }

    /** What the list of events shows of each: enough to find one and see whether its sources disagree. */
    record Summary(String id, String label, String kind, String site, Instant firstReported, Instant lastReported,
                   int sources, int claims, List<String> attributes, List<String> contested) {
    }

    static EventView of(Event e) {
        return new EventView(e.getEventId(), e.getEventKey(), e.getLabel(), e.getKind(), e.getSite(), e.getFirstReported(),
                e.getLastReported(), e.getSources(), e.getClaims(), e.getAttributes().stream().map(EventView::attribute).toList(),
                e.getMergedInto(), List.copyOf(e.getMergedFrom()));
    }

    private static AttributeView attribute(EventAttribute a) {
        return new AttributeView(a.getAttribute(), a.getConsensus(), a.getValues().stream().map(EventView::value).toList());
    }

    private static ValueView value(EventValue v) {
        return new ValueView(v.getValue(), v.getSources(), v.getAgrees(), v.getClaims().stream().map(EventView::claim).toList());
    }

    private static ClaimView claim(EventClaim c) {
        return new ClaimView(c.getClaimId(), c.getArticleId(), c.getSource(), c.getTitle(), c.getDisplay(), c.getSentence(),
                c.getPublishedAt());
    }

    Summary summary() {
        return new Summary(id, label, kind, site, firstReported, lastReported, sources, claims,
                attributes.stream().map(AttributeView::attribute).toList(),
                attributes.stream().filter(a -> a.values().size() > 1).map(AttributeView::attribute).toList());
    }

    boolean merged() {
        return mergedInto != null;
    }

    boolean hasAttribute(String attribute) {
        return attributes.stream().anyMatch(a -> a.attribute().equals(attribute));
    }

    /** Whether the words appear in its label, kind, place, values or evidence, ignoring case. */
    boolean mentions(String words) {
        String needle = words.toLowerCase(Locale.ROOT);
        if (contains(label, needle) || contains(kind, needle) || contains(site, needle)) return true;
        for (AttributeView a : attributes) {
            for (ValueView v : a.values()) {
                if (contains(v.value(), needle)) return true;
                for (ClaimView c : v.claims()) {
                    if (contains(c.sentence(), needle) || contains(c.source(), needle) || contains(c.title(), needle)) return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String text, String lowerNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }
}
