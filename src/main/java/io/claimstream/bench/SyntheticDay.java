package io.claimstream.bench;

import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import io.claimstream.claim.Claim;
import io.claimstream.claim.ClaimExtractor;
import io.claimstream.quantity.QuantityFinder;
import io.claimstream.event.EventMentionFinder;
import io.claimstream.place.Gazetteer;
import io.claimstream.text.Sentence;
import io.claimstream.text.SentenceAnalyzer;
import io.claimstream.text.TextCleaner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A day of synthetic news, deterministic from a seed: many events, each reported by several articles, each article
 * real sentences of the given corpora (ones that name no event, so they carry no claim of their own) around one
 * claim sentence about its event. Every event has its own names (countries, a town) and its own date or toll, said
 * the same way by all its articles; at a known rate one article of an event says otherwise (a date two days off,
 * or a toll of another size). What was planted is returned with the articles, for scoring.
 */
public final class SyntheticDay {
    private static final DateTimeFormatter SAID_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /**
     * How a claim sentence is said: placeholders {A} {B} (countries), {TOWN}, {DATE}, {N}. The articles of one event
     * use frames of one kind: a phone call and talks of the same two countries are two events.
     */
    private record Frame(String kind, String text, String attribute) {
        boolean needsTown() {
            return text.contains("{TOWN}");
        }

        int countries() {
            return text.contains("{B}") ? 2 : 1;
        }
    }

    /** Claim sentences of the kinds the extractor reads; each is checked against the extractor before use. */
    private static final List<Frame> FRAMES = List.of(
            new Frame("talks", "{A} and {B} will hold talks on {DATE}, officials in both capitals said.", "date"),
            new Frame("talks", "Officials said talks between {A} and {B} are scheduled for {DATE}.", "date"),
            new Frame("talks", "Delegations of {A} and {B} met on {DATE} to discuss the dispute.", "date"),
            new Frame("call", "The leaders of {A} and {B} held a phone call on {DATE}, according to a statement.", "date"),
            new Frame("attack", "An attack in {TOWN}, {A}, killed {N} people, local officials said.", "deaths"),
            new Frame("attack", "{N} people were killed in an attack in {TOWN} in {A}, officials said.", "deaths"),
            new Frame("attack", "A bombing in the {A} town of {TOWN} killed {N} people.", "deaths"));

    /** One synthetic event: who and where, what all its articles say, and the article that says otherwise, if any. */
    public record PlantedEvent(String id, String attribute, String value, List<String> articleIds,
                               String oddArticleId, String oddValue) {
        public boolean planted() {
            return oddArticleId != null;
        }
    }

    public record Day(List<Article> articles, List<PlantedEvent> events) {
    }

    private final List<String> fillers;
    /** Background sentences one synthetic story draws from. */
    private static final int STORY_SENTENCES = 4;
    private final List<Frame> frames;
    private final NamePool names;

    private SyntheticDay(List<String> fillers, List<Frame> frames, NamePool names) {
        this.fillers = fillers;
        this.frames = frames;
        this.names = names;
    }

    /** Reads the corpora's sentences and checks the claim frames against the extractor. */
    public static SyntheticDay from(List<Path> corpora) {
        List<String> fillers = fillerSentences(ArticleSources.read(corpora));
        if (fillers.size() < 50) {
            throw new IllegalArgumentException("the corpora hold only " + fillers.size()
                    + " sentences usable as background (need 50): give more or larger corpora");
        }
        return new SyntheticDay(fillers, FRAMES, NamePool.standard(Gazetteer.standard())).checked();
    }

    int frameCount() {
        return frames.size();
    }

    int fillerCount() {
        return fillers.size();
    }

    /**
     * @param articles         how many articles to write
     * @param contradictionRate share of events (of two articles or more) with one article that says otherwise
     */
    public Day generate(long seed, int articles, double contradictionRate, LocalDate day) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>(articles);
        List<PlantedEvent> events = new ArrayList<>();
        Set<String> usedIdentities = new HashSet<>();
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        int eventNo = 0;
        while (out.size() < articles) {
            int size = Math.min(articles - out.size(), 1 + geometric(random, 0.04));
            Frame first = frames.get(random.nextInt(frames.size()));
            List<Frame> family = frames.stream()
                    .filter(f -> f.kind().equals(first.kind()) && f.attribute().equals(first.attribute())
                            && f.needsTown() == first.needsTown() && f.countries() == first.countries())
                    .toList();
            String[] who = identity(random, first, usedIdentities);
            String eventId = String.format(Locale.ROOT, "e%06d", eventNo++);
            String value, oddValue;
            String said, oddSaid;
            if (first.attribute().equals("date")) {
                LocalDate date = day.plusDays(random.nextInt(21) - 10);
                LocalDate odd = date.plusDays(random.nextBoolean() ? 2 : -2);
                value = date.toString();
                oddValue = odd.toString();
                said = SAID_DATE.format(date);
                oddSaid = SAID_DATE.format(odd);
            } else {
                int n = 2 + random.nextInt(60);
                int odd = n * 2 + 5 + random.nextInt(20);
                value = String.valueOf(n);
                oddValue = String.valueOf(odd);
                said = value;
                oddSaid = oddValue;
            }
            boolean plant = size >= 2 && random.nextDouble() < contradictionRate;
            int oddIndex = plant ? random.nextInt(size) : -1;
            long firstReport = random.nextLong(Duration.ofHours(22).toMillis());
            int story = random.nextInt(fillers.size());
            List<String> ids = new ArrayList<>();
            String oddId = null;
            for (int i = 0; i < size; i++) {
                String articleId = "syn-" + seed + "-" + eventId + "-" + i;
                Frame frame = family.get(random.nextInt(family.size()));
                String claim = frame.text()
                        .replace("{A}", who[0]).replace("{B}", who.length > 1 && who[1] != null ? who[1] : "")
                        .replace("{TOWN}", who[2] == null ? "" : who[2])
                        .replace(frame.attribute().equals("date") ? "{DATE}" : "{N}", i == oddIndex ? oddSaid : said);
                Instant published = dayStart.plusMillis(firstReport + random.nextLong(Duration.ofHours(2).toMillis()));
                out.add(new Article(articleId, "outlet-" + random.nextInt(400), null, null, body(random, claim, story), published, "en"));
                ids.add(articleId);
                if (i == oddIndex) oddId = articleId;
            }
            events.add(new PlantedEvent(eventId, first.attribute(), value, List.copyOf(ids), oddId, plant ? oddValue : null));
        }
        out.sort(Article.PUBLICATION_ORDER);
        return new Day(List.copyOf(out), List.copyOf(events));
    }

    /**
     * Names no other event of the day has: a pair of countries for talks, a town and its country for an attack. Two
     * events with one name set would be one event to any reader, and their values would rightly conflict.
     */
    private String[] identity(Random random, Frame frame, Set<String> used) {
        List<NamePool.Country> countries = names.countries();
        for (int attempt = 0; attempt < 100_000; attempt++) {
            NamePool.Country a = countries.get(random.nextInt(countries.size()));
            if (frame.needsTown()) {
                if (a.towns().isEmpty()) continue;
                String town = a.towns().get(random.nextInt(a.towns().size()));
                if (used.add(frame.kind() + ":" + a.code() + "/" + town)) return new String[] {a.name(), null, town};
            } else {
                NamePool.Country b = countries.get(random.nextInt(countries.size()));
                if (a == b) continue;
                String pair = a.code().compareTo(b.code()) < 0 ? a.code() + "+" + b.code() : b.code() + "+" + a.code();
                if (used.add(frame.kind() + ":" + pair)) return new String[] {a.name(), b.name(), null};
            }
        }
        throw new IllegalStateException("ran out of distinct names for events: ask for fewer articles");
    }

    /**
     * The claim sentence among background sentences of the event's own story: its articles draw them from the same
     * few corpus sentences, so that they mention the same names, as reports of one story do (and as the topology's
     * identity expects: see EventResolver).
     */
    private String body(Random random, String claim, int story) {
        int around = 2 + random.nextInt(5);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < around; i++) sentences.add(fillers.get((story + random.nextInt(STORY_SENTENCES)) % fillers.size()));
        sentences.add(1 + random.nextInt(around), claim);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) text.append(i % 2 == 0 ? "\n\n" : " ");
            text.append(sentences.get(i));
        }
        return text.toString();
    }

    private static int geometric(Random random, double p) {
        return (int) Math.min(40, Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p)));
    }

    /**
     * Sentences that name no event and count nothing (a casualty count makes an event of its own): the extractor never
     * reads a claim from them, so they are background that cannot add claims of their own to a synthetic article,
     * whatever dates or places they mention.
     */
    private static List<String> fillerSentences(List<Article> corpus) {
        QuantityFinder quantities = new QuantityFinder();
        TextCleaner cleaner = new TextCleaner();
        SentenceAnalyzer analyzer = new SentenceAnalyzer();
        Set<String> kept = new LinkedHashSet<>();
        for (Article article : corpus) {
            for (Sentence s : analyzer.analyze(cleaner.clean(article.fullText()), x -> false)) {
                String t = s.text().strip();
                if (t.length() < 40 || t.length() > 300 || !Character.isUpperCase(t.charAt(0)) || !t.endsWith(".")) continue;
                if (t.contains("\"") || t.contains("\n") || EventMentionFinder.mayNameEvent(t) || !quantities.find(t).isEmpty()) continue;
                kept.add(t);
            }
        }
        List<String> sorted = new ArrayList<>(kept);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    /**
     * Keeps the frames, countries and towns the extractor reads back as meant: every country in every place of
     * every frame, every town in every town frame, so that no article of the day says something else than its truth.
     */
    private SyntheticDay checked() {
        ClaimExtractor extractor = new ClaimExtractor();
        Instant published = LocalDate.of(2024, 5, 14).atStartOfDay(ZoneOffset.UTC).toInstant();
        LocalDate date = LocalDate.of(2024, 5, 20);
        List<NamePool.Country> all = names.countries();
        Set<String> badCountries = new HashSet<>();
        Set<String> badTowns = new HashSet<>();
        List<Frame> ok = new ArrayList<>();
        for (Frame frame : frames) {
            String said = frame.attribute().equals("date") ? SAID_DATE.format(date) : "17";
            String expected = frame.attribute().equals("date") ? date.toString() : "17";
            int failures = 0;
            for (int i = 0; i < all.size(); i++) {
                NamePool.Country c = all.get(i), other = all.get((i + 1) % all.size());
                if (frame.needsTown()) {
                    for (String town : c.towns()) {
                        if (!reads(extractor, frame, c.name(), "", town, said, expected, published)) {
                            badTowns.add(town);
                            failures++;
                        }
                    }
                } else if (!reads(extractor, frame, c.name(), other.name(), "", said, expected, published)
                        || !reads(extractor, frame, other.name(), c.name(), "", said, expected, published)) {
                    badCountries.add(c.code());
                    failures++;
                }
            }
            if (failures < all.size() / 4) ok.add(frame);
        }
        if (ok.isEmpty()) throw new IllegalStateException("the extractor reads none of the claim frames");
        return new SyntheticDay(fillers, ok, names.without(badCountries, badTowns));
    }

    private static boolean reads(ClaimExtractor extractor, Frame frame, String a, String b, String town, String said,
                                 String expected, Instant published) {
        String text = frame.text().replace("{A}", a).replace("{B}", b).replace("{TOWN}", town)
                .replace("{DATE}", said).replace("{N}", said);
        List<Claim> claims = extractor.extract(new Article("check", null, null, null, text, published, "en"));
        return claims.size() == 1 && claims.get(0).attribute().equals(frame.attribute()) && claims.get(0).value().equals(expected);
    }
}
