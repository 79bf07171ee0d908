package io.claimstream.stream;

import io.claimstream.avro.VerdictClaim;
import io.claimstream.avro.VerdictKind;
import io.claimstream.article.Article;
import io.claimstream.avro.EventAttribute;
import io.claimstream.avro.EventClaim;
import io.claimstream.avro.EventValue;
import io.claimstream.claim.Claim;
import io.claimstream.identity.ResolvedEvent;
import io.claimstream.verdict.AttributeReports;
import io.claimstream.verdict.ClaimComparator;
import io.claimstream.verdict.Consensus;
import io.claimstream.verdict.ReportedValue;
import io.claimstream.verdict.Verdict;
import java.util.Comparator;
import java.util.List;

/** Converts between the domain core's records and the Avro records on the topics. */
final class AvroMapping {
    private AvroMapping() {
    }

    static Article article(io.claimstream.avro.Article a) {
        return new Article(a.getId(), a.getSource(), a.getUrl(), a.getTitle(), a.getBody(), a.getPublishedAt(), a.getLanguage());
    }

    static io.claimstream.avro.Article article(Article a) {
        return io.claimstream.avro.Article.newBuilder().setId(a.id()).setSource(a.source()).setUrl(a.url())
                .setTitle(a.title()).setBody(a.body()).setPublishedAt(a.publishedAt()).setLanguage(a.language()).build();
    }

    static io.claimstream.avro.Claim claim(Claim c) {
        return io.claimstream.avro.Claim.newBuilder()
                .setClaimId(c.claimId()).setArticleId(c.articleId()).setSource(c.source())
                .setEventKey(c.eventKey()).setEventLabel(c.eventLabel()).setEventType(c.eventType())
                .setEventQualifier(c.eventQualifier()).setOccurrence(c.occurrence())
                .setEventSite(c.eventSite()).setEventDay(c.eventDay())
                .setAttribute(c.attribute()).setValue(c.value()).setDisplay(c.display())
                .setSentence(c.sentence()).setSentenceStart(c.sentenceStart()).setSentenceEnd(c.sentenceEnd())
                .setPublishedAt(c.publishedAt()).setConfidence(c.confidence())
                .setStoryNames(c.storyNames()).setTitle(c.title())
                .build();
    }

    static Claim claim(io.claimstream.avro.Claim c) {
        return new Claim(c.getClaimId(), c.getArticleId(), c.getSource(), c.getEventKey(), c.getEventLabel(),
                c.getEventType(), c.getEventQualifier(), c.getOccurrence(), c.getEventSite(), c.getEventDay(), c.getAttribute(), c.getValue(), c.getDisplay(),
                c.getSentence(), c.getSentenceStart(), c.getSentenceEnd(), c.getPublishedAt(), c.getConfidence(),
                c.getStoryNames(), c.getTitle());
    }

    static io.claimstream.avro.Verdict verdict(Verdict v) {
        return io.claimstream.avro.Verdict.newBuilder()
                .setVerdict(VerdictKind.valueOf(v.verdict().name()))
                .setEventKey(v.eventKey()).setEventId(v.eventId()).setEventLabel(v.eventLabel())
                .setAttribute(v.attribute()).setClaim(side(v.claim()))
                .setOthers(v.others().stream().map(AvroMapping::side).toList())
                .setExplanation(v.explanation()).setDetectedAt(v.detectedAt())
                .build();
    }

    static Verdict verdict(io.claimstream.avro.Verdict v) {
        List<Verdict.Side> others = v.getOthers().stream().map(AvroMapping::side).toList();
        return new Verdict(Verdict.Kind.valueOf(v.getVerdict().name()), v.getEventKey(), v.getEventId(), v.getEventLabel(),
                v.getAttribute(), side(v.getClaim()), others, v.getExplanation(), v.getDetectedAt());
    }

    private static VerdictClaim side(Verdict.Side s) {
        return VerdictClaim.newBuilder().setClaimId(s.claimId()).setArticleId(s.articleId()).setSource(s.source())
                .setValue(s.value()).setText(s.text()).setPublishedAt(s.publishedAt()).build();
    }

    private static Verdict.Side side(VerdictClaim s) {
        return new Verdict.Side(s.getClaimId(), s.getArticleId(), s.getSource(), s.getValue(), s.getText(), s.getPublishedAt());
    }

    static io.claimstream.avro.Event event(ResolvedEvent e, List<AttributeReports> attributes, ClaimComparator comparator) {
        return io.claimstream.avro.Event.newBuilder()
                .setEventId(e.id()).setEventKey(e.key()).setLabel(e.label()).setKind(e.kind()).setSite(e.site())
                .setFirstReported(e.firstReported()).setLastReported(e.lastReported())
                .setSources(e.sources()).setClaims(e.claims())
                .setAttributes(attributes.stream().sorted(Comparator.comparing(AttributeReports::attribute))
                        .map(a -> attribute(a, comparator.consensus(a))).toList())
                .setMergedInto(null).setMergedFrom(e.mergedFrom())
                .build();
    }

    /** What `events` says of an event found to be another: where it lives on now, nothing else. */
    static io.claimstream.avro.Event mergedEvent(String id, String into) {
        return io.claimstream.avro.Event.newBuilder()
                .setEventId(id).setEventKey("").setLabel("").setKind("").setFirstReported(java.time.Instant.EPOCH)
                .setLastReported(java.time.Instant.EPOCH).setSources(0).setClaims(0).setAttributes(List.of())
                .setMergedInto(into).setMergedFrom(List.of())
                .build();
    }

    private static EventAttribute attribute(AttributeReports a, Consensus consensus) {
        return EventAttribute.newBuilder().setAttribute(a.attribute()).setConsensus(consensus.value())
                .setValues(a.ranked().stream().map(v -> value(v, consensus)).toList()).build();
    }

    private static EventValue value(ReportedValue v, Consensus consensus) {
        return EventValue.newBuilder().setValue(v.value()).setSources(v.sources())
                .setAgrees(consensus.value() == null ? null : !consensus.dissenting().contains(v.value()))
                .setClaims(v.evidence().stream().map(c -> EventClaim.newBuilder().setClaimId(c.claimId())
                        .setArticleId(c.articleId()).setSource(c.source()).setTitle(c.title()).setDisplay(c.display())
                        .setSentence(c.sentence()).setPublishedAt(c.publishedAt()).build()).toList())
                .build();
    }
}
