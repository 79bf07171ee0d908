package io.claimstream.eval;

import io.claimstream.claim.Claim;
import io.claimstream.identity.EventResolver;
import io.claimstream.identity.ResolvedEvent;
import io.claimstream.text.ProperNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The topology's event identity on ECB+: each gold mention becomes a claim, as extraction would make it, and the
 * topology's {@link EventResolver} decides, mention by mention in document order, which event it is about, and merges
 * events that a later mention shows to be one, as the topology does after each claim.
 * <ul>
 *   <li>The partition key is the kind of event the mention names ({@link MentionKind}: its head lemma, with a noun
 *       and its verb, and a few synonyms, taken as one), as the topology's trigger lexicon gives the kinds it
 *       extracts; ECB+'s mentions are of every kind.</li>
 *   <li>Every claim carries its document's names ({@link ProperNames}, the 40 most frequent, as in the
 *       topology), which is what tells apart the two events of one kind each ECB+ topic holds.</li>
 *   <li>ECB+ documents have no publication times: every claim is published at one instant, so the reporting
 *       window never separates them, and no mention is dated or placed.</li>
 * </ul>
 */
final class ResolverClusterer implements Clusterer {
    private static final int STORY_NAMES = 40;
    private final Map<String, Map<String, Integer>> namesOfDocument = new HashMap<>();

    ResolverClusterer(List<EcbDocument> documents) {
        for (EcbDocument d : documents) namesOfDocument.put(d.name(), ProperNames.mostFrequent(d.sentenceTexts(), STORY_NAMES));
    }

    @Override
    public String name() {
        return "product";
    }

    @Override
    public List<Set<String>> cluster(List<GoldMention> mentions) {
        EventResolver resolver = new EventResolver(Duration.ofDays(60));
        Map<String, List<ResolvedEvent>> eventsByKey = new HashMap<>();
        Map<String, Set<String>> eventsOfDocument = new HashMap<>();
        Set<String> taken = new HashSet<>();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        List<GoldMention> inOrder = new ArrayList<>(mentions);
        inOrder.sort(Comparator.comparing(GoldMention::document));
        for (GoldMention m : inOrder) {
            Claim claim = claim(m);
            List<ResolvedEvent> events = eventsByKey.computeIfAbsent(claim.eventKey(), k -> new ArrayList<>());
            Set<String> ofDocument = eventsOfDocument.computeIfAbsent(m.document(), d -> new HashSet<>());
            ResolvedEvent event = resolver.resolve(claim, events, e -> ofDocument.contains(e.id())).orElse(null);
            if (event == null) {
                event = resolver.start(claim, taken::contains);
                taken.add(event.id());
                events.add(event);
            } else {
                int at = events.indexOf(event);
                event = event.with(claim, !ofDocument.contains(event.id()));
                events.set(at, event);
            }
            ofDocument.add(event.id());
            members.computeIfAbsent(event.id(), id -> new LinkedHashSet<>()).add(m.id());
            mergeSameEvents(resolver, event, events, members, eventsOfDocument);
        }
        return new ArrayList<>(members.values());
    }

    /** As the topology does after each claim (EventComparison#mergeSameEvents): events a detail shows to be one are merged. */
    private static void mergeSameEvents(EventResolver resolver, ResolvedEvent event, List<ResolvedEvent> events,
                                        Map<String, Set<String>> members, Map<String, Set<String>> eventsOfDocument) {
        for (ResolvedEvent other : List.copyOf(events)) {
            if (other.id().equals(event.id()) || !members.containsKey(other.id()) || !resolver.sameEvent(event, other)) continue;
            ResolvedEvent merged = EventResolver.merge(event, other);
            ResolvedEvent gone = merged.id().equals(event.id()) ? other : event;
            events.remove(other);
            events.remove(event);
            events.add(merged);
            members.get(merged.id()).addAll(members.remove(gone.id()));
            eventsOfDocument.values().forEach(ids -> {
                if (ids.remove(gone.id())) ids.add(merged.id());
            });
            event = merged;
        }
    }

    private Claim claim(GoldMention m) {
        String kind = MentionKind.of(m.text());
        return new Claim(m.id(), m.document(), null, "lemma:" + kind, kind, kind, null, "CURRENT", null, null,
                "event", m.text(), m.text(), m.text(), 0, 0, Instant.EPOCH, 1.0, namesOfDocument.get(m.document()), null);
    }
}
