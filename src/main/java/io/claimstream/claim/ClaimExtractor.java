package io.claimstream.claim;

import io.claimstream.article.Article;
import io.claimstream.event.EventMention;
import io.claimstream.event.EventMentionFinder;
import io.claimstream.place.Entity;
import io.claimstream.place.Gazetteer;
import io.claimstream.place.PlaceFinder;
import io.claimstream.quantity.DurationFinder;
import io.claimstream.quantity.QuantityFinder;
import io.claimstream.text.Sentence;
import io.claimstream.text.ProperNames;
import io.claimstream.text.SentenceAnalyzer;
import io.claimstream.text.TextCleaner;
import io.claimstream.time.TemporalNormalizer;
import io.claimstream.time.TimeMention;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text to claims, one stage at a time: clean the text, split and tag sentences, find event mentions, find
 * dates, places, durations and quantities, attach each to its event, and keep what is attached to an event whose parties
 * are known. Not thread-safe (the tagger is not): use one extractor per thread.
 */
public final class ClaimExtractor {
    /** News sentences run to a few hundred characters; a longer "sentence" is a table, a list or debris, not read. */
    static final int MAX_SENTENCE_CHARS = 2_000;
    /** Names of its article each claim carries, the most frequent first: enough to tell two stories apart. */
    private static final int STORY_NAMES = 40;

    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceAnalyzer analyzer = new SentenceAnalyzer();
    private final TemporalNormalizer times = new TemporalNormalizer();
    private final DurationFinder durations = new DurationFinder();
    private final QuantityFinder quantities = new QuantityFinder();
    private final Gazetteer gazetteer;
    private final PlaceFinder places;

    public ClaimExtractor() {
        this(Gazetteer.standard());
    }

    public ClaimExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.places = new PlaceFinder(gazetteer);
    }

    public List<Claim> extract(Article article) {
        String text = cleaner.clean(article.fullText());
        LocalDate documentDate = article.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        EventMentionFinder mentionFinder = new EventMentionFinder(gazetteer);
        Map<String, Claim> claims = new LinkedHashMap<>();
        String articleSite = null;
        Map<String, List<QuantityFinder.Found>> quantitiesOf = new IdentityHashMap<>();
        List<Sentence> sentences = analyzer.analyze(text, s -> worthTagging(s, quantitiesOf));
        for (Sentence sentence : sentences) {
            if (sentence.size() == 0) continue;
            List<EventMention> mentions = mentionFinder.find(sentence);
            List<Modifier> modifiers = modifiers(sentence, documentDate, quantitiesOf.get(sentence.text()));
            for (Modifier m : modifiers) {
                if (m.isSite()) articleSite = m.value();
            }
            Map<EventMention, List<Modifier>> byEvent = new LinkedHashMap<>();
            boolean[] covered = ModifierAttacher.covered(sentence, modifiers);
            for (Modifier modifier : modifiers) {
                EventMention event = modifier.isCasualty() ? casualtyEvent(sentence, modifier, mentions, covered, mentionFinder)
                        : ModifierAttacher.attach(sentence, modifier, mentions, covered);
                if (event != null && event.hasParties()) byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(modifier);
            }
            for (var entry : byEvent.entrySet()) {
                EventSetting setting = EventSetting.of(entry.getValue(), documentDate, articleSite);
                for (Modifier modifier : entry.getValue()) {
                    Claim claim = claim(article, sentence, entry.getKey(), modifier, setting);
                    claims.putIfAbsent(claim.claimId(), claim);
                }
            }
        }
        if (claims.isEmpty()) return List.of();
        Map<String, Integer> names = ProperNames.mostFrequent(sentences.stream().map(Sentence::text).toList(), STORY_NAMES);
        return claims.values().stream().map(c -> c.withStoryNames(names)).toList();
    }

    /**
     * Deaths and injuries are counted of an event that can cause them: the one the count attaches to if it can,
     * else the nearest such event of the sentence, else the attack, quake or crash the article is about.
     */
    private static EventMention casualtyEvent(Sentence s, Modifier count, List<EventMention> mentions, boolean[] covered,
                                              EventMentionFinder finder) {
        EventMention attached = ModifierAttacher.attach(s, count, mentions, covered);
        if (attached != null && attached.hasParties() && EventMentionFinder.canHaveCasualties(attached)) return attached;
        EventMention nearest = null;
        for (EventMention m : mentions) {
            if (m.hasParties() && EventMentionFinder.canHaveCasualties(m)
                    && (nearest == null || distance(m, count) < distance(nearest, count))) {
                nearest = m;
            }
        }
        return nearest != null ? nearest : finder.casualtyEvent(count.first(), count.last());
    }

    private static int distance(EventMention m, Modifier mod) {
        return m.last() < mod.first() ? mod.first() - m.last() : m.first() > mod.last() ? m.first() - mod.last() : 0;
    }

    /**
     * Cheap work first: tagging is most of the cost of a sentence, and a sentence is worth it only if it can name an
     * event (a trigger word, or a casualty count, which makes its own) and holds something to claim of it (a count,
     * a duration, a time, a place). Most sentences of news fail one test or the other, on plain string searches.
     * The counts found on the way are kept for the tagged sentence.
     */
    private boolean worthTagging(String s, Map<String, List<QuantityFinder.Found>> quantitiesOf) {
        if (s.length() > MAX_SENTENCE_CHARS) return false;
        List<QuantityFinder.Found> counts = quantities.find(s);
        if (counts.stream().noneMatch(QuantityFinder.Found::isCasualty) && !EventMentionFinder.mayNameEvent(s)) return false;
        quantitiesOf.put(s, counts);
        return !counts.isEmpty() || ClaimCues.place(s) || times.mayFind(s) || !durations.find(s).isEmpty();
    }

    private List<Modifier> modifiers(Sentence s, LocalDate documentDate, List<QuantityFinder.Found> counts) {
        List<Modifier> found = new ArrayList<>();
        for (TimeMention t : times.find(s, documentDate)) {
            int first = s.tokenAt(t.start()), last = s.tokenAt(t.end() - 1);
            boolean possessive = t.text().endsWith("'s");
            found.add(new Modifier("date", first, last, t.value().value(), t.text(), possessive));
        }
        for (DurationFinder.Found d : durations.find(s.text())) {
            found.add(new Modifier("duration", s.tokenAt(d.start()), s.tokenAt(d.end() - 1), d.value().value(), d.text(), false));
        }
        for (QuantityFinder.Found q : counts) {
            found.add(new Modifier(q.attribute(), s.tokenAt(q.start()), s.tokenAt(q.end() - 1), q.value().value(), q.text(), false));
        }
        for (PlaceFinder.Found p : places.find(s)) {
            String display = s.text().substring(s.token(p.first()).start(), s.token(p.last()).end());
            boolean site = p.place().kind() == Entity.Kind.CITY || p.place().kind() == Entity.Kind.PROVINCE;
            found.add(new Modifier("location", p.first(), p.last(), p.place().name(), display, p.hostsWhatFollows(), site));
        }
        return found;
    }

    private static Claim claim(Article article, Sentence sentence, EventMention event, Modifier modifier, EventSetting setting) {
        String claimId = article.id() + "/" + sentence.start() + "/" + modifier.attribute() + "/" + modifier.value();
        return new Claim(claimId, article.id(), article.source(), event.key(), event.label(), event.kind(),
                event.qualifier(), event.occurrence().name(), setting.site(), setting.day(), modifier.attribute(),
                modifier.value(), modifier.display(), sentence.text(), sentence.start(), sentence.end(),
                article.publishedAt(), confidence(event), Map.of(), article.title());
    }

    /** Claims about a named body or with several parties are less likely to be attached to the wrong event. */
    private static double confidence(EventMention event) {
        return event.body() || event.participants().size() > 1 ? 0.8 : 0.6;
    }
}
