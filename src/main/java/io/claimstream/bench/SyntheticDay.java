package io.claimstream.bench;

import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import io.claimstream.claim.Claim;
import io.claimstream.claim.ClaimExtractor;
import io.claimstream.event.EventMentionFinder;
import io.claimstream.place.Gazetteer;
import io.claimstream.quantity.QuantityFinder;
import io.claimstream.text.Sentence;
import io.claimstream.text.SentenceAnalyzer;
import io.claimstream.text.TextCleaner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A day of synthetic news, deterministic from a seed: many events, each reported by several articles. An article is
 * real sentences of the given corpora (ones that name no event, so they carry no claim of their own) around the
 * claim sentences of its event: a lead that says who, where and one or two facts, some of the event's other facts
 * (its date, toll of wounded, how long it lasted), and sometimes the lead again in other words, as news is written.
 * Every event has its own names (countries, a town) and its own facts, said the same way by all its articles; at a
 * known rate one article of an event says one fact otherwise (a date two days off, a duration hours longer). What was
 * planted is returned with the articles, for scoring.
 *
 * <p>Articles are written when read: a day of 300,000 articles as long as real news would not fit the heap of the
 * bench that measures the product, so the day holds only what each article is made of.
 */
public final class SyntheticDay {
    private static final DateTimeFormatter SAID_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    /** Background sentences one synthetic story draws from; each of its articles takes some of them. */
    private static final int STORY_SENTENCES = 24;
    /** Background sentences of an article: 7 to 20, about as long as FA-KES's articles (1,900 characters on average). */
    private static final int MIN_BACKGROUND = 7, MORE_BACKGROUND = 14;
    /** Chance that an article says a given fact of its event besides its lead (the planted fact, every article says). */
    private static final double DETAIL_CHANCE = 0.75;
    /** Chance that an article says its lead again further down, in other words. */
    private static final double RESTATE_CHANCE = 0.7;

    /** A fact of an event as an article says it ("May 20, 2024", "5 hours") and as the extractor normalizes it. */
    private record Fact(String said, String value) {
    }

    /**
     * A sentence saying facts of its event: {@code {A} {B}} (countries), {@code {TOWN}}, {@code {VENUE}},
     * {@code {DATE}}, {@code {N}} (deaths), {@code {K}} (wounded), {@code {D}} (duration) in its text, and the claims
     * the extractor reads from it, in the same placeholders ("deaths={N}").
     */
    private record Frame(String text, List<String> claims) {
        static Frame of(String text, String... claims) {
            return new Frame(text, List.of(claims));
        }

        String write(Map<String, Fact> facts) {
            return fill(text, facts, true);
        }

        List<String> claims(Map<String, Fact> facts) {
            return claims.stream().map(c -> fill(c, facts, false)).toList();
        }

        boolean says(String placeholder) {
            return text.contains("{" + placeholder + "}");
        }

        private static String fill(String template, Map<String, Fact> facts, boolean said) {
            String out = template;
            for (Map.Entry<String, Fact> f : facts.entrySet()) {
                out = out.replace("{" + f.getKey() + "}", said ? f.getValue().said() : f.getValue().value());
            }
            return out;
        }
    }

    /**
     * A kind of event: whom it is about (two countries, or a town and its country), whether it lies in the past, the
     * leads its articles open with, its other facts (each a group of ways to say it), and which facts may be planted
     * wrong. Death tolls and wounded are never planted: a toll that grows in later reports is news, not a conflict.
     */
    private record Kind(String name, double weight, boolean town, boolean venue, boolean past, List<Frame> leads,
                        List<List<Frame>> details, List<String> plantable) {
        List<Frame> frames() {
            List<Frame> all = new ArrayList<>(leads);
            details.forEach(all::addAll);
            return all;
        }
    }

    /** Claim sentences of the kinds the extractor reads; each is checked against the extractor before use. */
    private static final List<Kind> KINDS = List.of(
            new Kind("talks", 0.45, false, true, false, List.of(
                    Frame.of("{A} and {B} will hold talks in {VENUE} on {DATE}, officials in both capitals said.", "date={DATE}", "location={VENUE}"),
                    Frame.of("Officials said talks between {A} and {B} in {VENUE} are scheduled for {DATE}.", "date={DATE}", "location={VENUE}"),
                    Frame.of("Delegations of {A} and {B} will meet in {VENUE} on {DATE} to discuss the dispute.", "date={DATE}", "location={VENUE}")),
                    List.of(), List.of("DATE")),
            new Kind("call", 0.15, false, false, true, List.of(
                    Frame.of("The leaders of {A} and {B} held a phone call on {DATE}, according to a statement.", "date={DATE}")),
                    List.of(), List.of("DATE")),
            new Kind("attack", 0.25, true, false, true, List.of(
                    Frame.of("An attack in {TOWN}, {A}, killed {N} people, local officials said.", "deaths={N}", "location={TOWN}"),
                    Frame.of("{N} people were killed in an attack in {TOWN} in {A}, officials said.", "deaths={N}", "location={TOWN}", "location={A}"),
                    Frame.of("A bombing in the {A} town of {TOWN} killed {N} people.", "deaths={N}", "location={A}", "location={TOWN}")),
                    List.of(
                            List.of(Frame.of("The attack took place on {DATE}.", "date={DATE}")),
                            List.of(Frame.of("At least {K} people were wounded in the attack.", "injuries=>={K}"),
                                    Frame.of("The attack also wounded {K} people.", "injuries={K}")),
                            List.of(Frame.of("The attack lasted {D}, witnesses said.", "duration={D}"))),
                    List.of("DATE", "D")),
            new Kind("crash", 0.12, true, false, true, List.of(
                    Frame.of("A bus crash near {TOWN}, {A}, killed {N} people, police said.", "deaths={N}", "location={TOWN}"),
                    Frame.of("A train crash in the {A} town of {TOWN} killed {N} people.", "deaths={N}", "location={A}", "location={TOWN}")),
                    List.of(
                            List.of(Frame.of("The crash happened on {DATE}.", "date={DATE}"),
                                    Frame.of("The crash took place on {DATE}.", "date={DATE}")),
                            List.of(Frame.of("{K} people were injured in the crash.", "injuries={K}"),
                                    Frame.of("The crash also injured {K} people.", "injuries={K}"))),
                    List.of("DATE")),
            new Kind("earthquake", 0.03, true, false, true, List.of(
                    Frame.of("An earthquake struck near {TOWN}, {A}, killing {N} people.", "deaths={N}", "location={TOWN}")),
                    List.of(
                            List.of(Frame.of("The earthquake hit on {DATE}.", "date={DATE}")),
                            List.of(Frame.of("At least {K} people were injured in the earthquake.", "injuries=>={K}"))),
                    List.of("DATE")));

    /**
     * One synthetic event: its kind, every claim its articles may make ("deaths=12"), and, if one was planted, the
     * article that says one fact otherwise: what the others say of that attribute, and what it says.
     */
    public record PlantedEvent(String id, String kind, List<String> facts, List<String> articleIds, String oddArticleId,
                               String attribute, String value, String oddValue) {
        public boolean planted() {
            return oddArticleId != null;
        }
    }

    /** The day's articles in publication order (written as they are read) and what was planted in them. */
    public record Day(List<Article> articles, List<PlantedEvent> events) {
    }

    private final List<String> fillers;
    private final List<Kind> kinds;
    private final NamePool names;

    private SyntheticDay(List<String> fillers, List<Kind> kinds, NamePool names) {
        this.fillers = fillers;
        this.kinds = kinds;
        this.names = names;
    }

    /** Reads the corpora's sentences and checks the claim frames against the extractor. */
    public static SyntheticDay from(List<Path> corpora) {
        List<String> fillers = fillerSentences(ArticleSources.read(corpora));
        if (fillers.size() < 50) {
            throw new IllegalArgumentException("the corpora hold only " + fillers.size()
                    + " sentences usable as background (need 50): give more or larger corpora");
        }
        return new SyntheticDay(fillers, KINDS, NamePool.standard(Gazetteer.standard())).checked();
    }

    int frameCount() {
        return kinds.stream().mapToInt(k -> k.frames().size()).sum();
    }

    int fillerCount() {
        return fillers.size();
    }

    /** An event as the day writes its articles: what they say, and which of them says one fact otherwise. */
    private record Story(String id, Kind kind, Map<String, Fact> facts, Map<String, Fact> oddFacts, int oddIndex,
                         String planted, int background) {
    }

    /** What one article is made of: its event, its place among the event's reports, when, and its own dice. */
    private record Report(int story, int index, long publishedMillis, long dice) {
    }

    /**
     * @param articles         how many articles to write
     * @param contradictionRate share of events (of two articles or more) with one article that says otherwise
     */
    public Day generate(long seed, int articles, double contradictionRate, LocalDate day) {
        Random random = new Random(seed);
        List<Story> stories = new ArrayList<>();
        List<Report> reports = new ArrayList<>(articles);
        List<PlantedEvent> events = new ArrayList<>();
        Set<String> usedIdentities = new HashSet<>();
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        while (reports.size() < articles) {
            int size = Math.min(articles - reports.size(), 1 + geometric(random, 0.03));
            Kind kind = pick(random);
            Map<String, Fact> facts = facts(random, kind, identity(random, kind, usedIdentities, names), day);
            boolean plant = size >= 2 && random.nextDouble() < contradictionRate;
            String planted = plant ? kind.plantable().get(random.nextInt(kind.plantable().size())) : null;
            Map<String, Fact> oddFacts = facts;
            if (plant) {
                oddFacts = new HashMap<>(facts);
                oddFacts.put(planted, odd(random, planted, facts.get(planted), kind));
            }
            int storyNo = stories.size();
            Story story = new Story(String.format(Locale.ROOT, "e%06d", storyNo), kind, facts, oddFacts,
                    plant ? random.nextInt(size) : -1, planted, random.nextInt(fillers.size()));
            stories.add(story);
            long firstReport = random.nextLong(Duration.ofHours(22).toMillis());
            for (int i = 0; i < size; i++) {
                reports.add(new Report(storyNo, i, firstReport + random.nextLong(Duration.ofHours(2).toMillis()), random.nextLong()));
            }
            events.add(planted(seed, story, size));
        }
        // article ids sort as (event, index), so this is Article.PUBLICATION_ORDER
        reports.sort(Comparator.comparingLong(Report::publishedMillis).thenComparingInt(Report::story).thenComparingInt(Report::index));
        List<Report> order = List.copyOf(reports);
        List<Article> written = new AbstractList<>() {
            @Override
            public Article get(int i) {
                return write(seed, dayStart, stories.get(order.get(i).story()), order.get(i));
            }

            @Override
            public int size() {
                return order.size();
            }
        };
        return new Day(Collections.unmodifiableList(written), List.copyOf(events));
    }

    private static String articleId(long seed, Story story, int index) {
        return String.format(Locale.ROOT, "syn-%d-%s-%02d", seed, story.id(), index);
    }

    private PlantedEvent planted(long seed, Story story, int size) {
        Set<String> facts = new TreeSet<>();
        for (Frame f : story.kind().frames()) facts.addAll(f.claims(story.facts()));
        List<String> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) ids.add(articleId(seed, story, i));
        if (story.planted() == null) return new PlantedEvent(story.id(), story.kind().name(), List.copyOf(facts), ids, null, null, null, null);
        String claim = story.kind().frames().stream().flatMap(f -> f.claims().stream())
                .filter(c -> c.contains("{" + story.planted() + "}")).findFirst().orElseThrow();
        String attribute = claim.substring(0, claim.indexOf('='));
        return new PlantedEvent(story.id(), story.kind().name(), List.copyOf(facts), ids, ids.get(story.oddIndex()), attribute,
                story.facts().get(story.planted()).value(), story.oddFacts().get(story.planted()).value());
    }

    private Kind pick(Random random) {
        double total = kinds.stream().mapToDouble(Kind::weight).sum(), x = random.nextDouble() * total;
        for (Kind k : kinds) {
            x -= k.weight();
            if (x < 0) return k;
        }
        return kinds.get(kinds.size() - 1);
    }

    /** Every fact of an event of this kind, from its names: a date, and for an attack its toll, wounded and length. */
    private static Map<String, Fact> facts(Random random, Kind kind, Map<String, String> who, LocalDate day) {
        Map<String, Fact> facts = new HashMap<>();
        who.forEach((placeholder, name) -> facts.put(placeholder, new Fact(name, name)));
        LocalDate date = kind.past() ? day.minusDays(1 + random.nextInt(5)) : day.plusDays(random.nextInt(21) - 10);
        facts.put("DATE", date(date));
        int deaths = 2 + random.nextInt(60), wounded = 5 + random.nextInt(150), hours = 2 + random.nextInt(10);
        facts.put("N", new Fact(String.valueOf(deaths), String.valueOf(deaths)));
        facts.put("K", new Fact(String.valueOf(wounded), String.valueOf(wounded)));
        facts.put("D", hours(hours));
        return facts;
    }

    /** The fact an odd article says instead: a date two days off (earlier, for an event in the past), hours longer. */
    private static Fact odd(Random random, String placeholder, Fact truth, Kind kind) {
        return switch (placeholder) {
            case "DATE" -> date(LocalDate.parse(truth.value()).plusDays(kind.past() || random.nextBoolean() ? -2 : 2));
            case "D" -> hours(Integer.parseInt(truth.said().split(" ")[0]) + 3 + random.nextInt(6));
            default -> throw new IllegalArgumentException("no odd value for " + placeholder);
        };
    }

    private static Fact date(LocalDate date) {
        return new Fact(SAID_DATE.format(date), date.toString());
    }

    private static Fact hours(int hours) {
        return new Fact(hours + " hours", "PT" + hours + "H");
    }

    /**
     * Names no other event of the day has: a pair of countries (and where they meet), or a town and its country. Two
     * events with one name set would be one event to any reader, and their values would rightly conflict.
     */
    private static Map<String, String> identity(Random random, Kind kind, Set<String> used, NamePool names) {
        List<NamePool.Country> countries = names.countries();
        for (int attempt = 0; attempt < 100_000; attempt++) {
            NamePool.Country a = countries.get(random.nextInt(countries.size()));
            if (kind.town()) {
                if (a.towns().isEmpty()) continue;
                String town = a.towns().get(random.nextInt(a.towns().size()));
                if (used.add(kind.name() + ":" + a.code() + "/" + town)) return Map.of("A", a.name(), "TOWN", town);
            } else {
                NamePool.Country b = countries.get(random.nextInt(countries.size()));
                if (a == b) continue;
                String pair = a.code().compareTo(b.code()) < 0 ? a.code() + "+" + b.code() : b.code() + "+" + a.code();
                if (!used.add(kind.name() + ":" + pair)) continue;
                if (!kind.venue()) return Map.of("A", a.name(), "B", b.name());
                NamePool.Country host = countries.get(random.nextInt(countries.size()));
                while (host == a || host == b || host.towns().isEmpty()) host = countries.get(random.nextInt(countries.size()));
                return Map.of("A", a.name(), "B", b.name(), "VENUE", host.towns().get(random.nextInt(host.towns().size())));
            }
        }
        throw new IllegalStateException("ran out of distinct names for events: ask for fewer articles");
    }

    /**
     * An article of a story, from its own dice: background sentences of the story (its articles draw them from the
     * same few corpus sentences, so that they mention the same names, as reports of one story do, and as the
     * topology's identity expects: see EventResolver), the lead among the first two, the rest of what it says after.
     */
    private Article write(long seed, Instant dayStart, Story story, Report report) {
        Random random = new Random(report.dice());
        Map<String, Fact> facts = report.index() == story.oddIndex() ? story.oddFacts() : story.facts();
        Kind kind = story.kind();
        int leadNo = random.nextInt(kind.leads().size());
        List<String> after = new ArrayList<>();
        for (List<Frame> group : kind.details()) {
            boolean planted = story.planted() != null && group.get(0).says(story.planted());
            if (planted || random.nextDouble() < DETAIL_CHANCE) after.add(group.get(random.nextInt(group.size())).write(facts));
        }
        if (kind.leads().size() > 1 && random.nextDouble() < RESTATE_CHANCE) {
            int again = (leadNo + 1 + random.nextInt(kind.leads().size() - 1)) % kind.leads().size();
            after.add(kind.leads().get(again).write(facts));
        }
        List<String> sentences = new ArrayList<>();
        int background = MIN_BACKGROUND + random.nextInt(MORE_BACKGROUND);
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < STORY_SENTENCES; i++) pool.add((story.background() + i) % fillers.size());
        Collections.shuffle(pool, random);
        for (int i = 0; i < Math.min(background, pool.size()); i++) sentences.add(fillers.get(pool.get(i)));
        int lead = random.nextInt(2);
        sentences.add(lead, kind.leads().get(leadNo).write(facts));
        for (String s : after) sentences.add(lead + 1 + random.nextInt(sentences.size() - lead), s);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) text.append(i % 2 == 0 ? "\n\n" : " ");
            text.append(sentences.get(i));
        }
        Instant published = dayStart.plusMillis(report.publishedMillis());
        return new Article(articleId(seed, story, report.index()), "outlet-" + random.nextInt(400), null, null, text.toString(), published, "en");
    }

    private static int geometric(Random random, double p) {
        return (int) Math.min(60, Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p)));
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
     * Keeps the names, leads and facts the extractor reads back as meant, so that no article of the day says
     * something else than its truth: every town in every lead of a town kind; every country, both ways round, in
     * every lead of a pair kind; every town as a venue; then each other fact after a lead, for a dozen events. A name
     * that fails is left out of the pool; a lead that fails for more than a quarter of the names, or a fact that
     * fails once, is left out of its kind.
     */
    private SyntheticDay checked() {
        LocalDate day = LocalDate.of(2024, 5, 14);
        Reader reader = new Reader(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        Random random = new Random(0);
        List<NamePool.Country> all = names.countries();
        Set<String> badCountries = new HashSet<>(), badTowns = new HashSet<>();
        Map<Kind, List<Frame>> leads = new HashMap<>();
        for (Kind kind : kinds) {
            if (!kind.town()) continue;
            leads.put(kind, keep(kind.leads(), badTowns, lead -> {
                Set<String> failing = new HashSet<>();
                for (NamePool.Country c : all) {
                    for (String town : c.towns()) {
                        if (!reader.reads(facts(random, kind, Map.of("A", c.name(), "TOWN", town), day), lead)) failing.add(town);
                    }
                }
                return failing;
            }, all.stream().mapToInt(c -> c.towns().size()).sum()));
        }
        List<String> goodTowns = names.without(Set.of(), badTowns).countries().stream().flatMap(c -> c.towns().stream()).toList();
        if (goodTowns.isEmpty()) throw new IllegalStateException("the extractor reads none of the town names in the claim frames");
        for (Kind kind : kinds) {
            if (kind.town()) continue;
            leads.put(kind, keep(kind.leads(), badCountries, lead -> {
                Set<String> failing = new HashSet<>();
                for (int i = 0; i < all.size(); i++) {
                    NamePool.Country c = all.get(i), other = all.get((i + 1) % all.size());
                    String venue = goodTowns.get(i % goodTowns.size());
                    if (!reader.reads(facts(random, kind, pair(c, other, venue), day), lead)
                            || !reader.reads(facts(random, kind, pair(other, c, venue), day), lead)) failing.add(c.code());
                }
                return failing;
            }, all.size()));
        }
        List<NamePool.Country> kept = names.without(badCountries, badTowns).countries();
        if (kept.size() < 2) throw new IllegalStateException("the extractor reads too few country names in the claim frames");
        for (Kind kind : kinds) {
            if (!kind.venue()) continue;
            leads.put(kind, keep(leads.get(kind), badTowns, lead -> {
                Set<String> failing = new HashSet<>();
                for (String town : goodTowns) {
                    if (!reader.reads(facts(random, kind, pair(kept.get(0), kept.get(1), town), day), lead)) failing.add(town);
                }
                return failing;
            }, goodTowns.size()));
        }
        NamePool pool = names.without(badCountries, badTowns);
        List<Kind> usable = new ArrayList<>();
        for (Kind kind : kinds) {
            List<Frame> kindLeads = leads.get(kind);
            if (kindLeads.isEmpty()) continue;
            List<Map<String, Fact>> events = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (int i = 0; i < 12; i++) events.add(facts(random, kind, identity(random, kind, used, pool), day));
            List<List<Frame>> details = new ArrayList<>();
            for (List<Frame> group : kind.details()) {
                List<Frame> ok = group.stream().filter(d -> events.stream().allMatch(f -> reader.reads(f, kindLeads.get(0), d))).toList();
                if (!ok.isEmpty()) details.add(ok);
            }
            List<String> plantable = kind.plantable().stream()
                    .filter(p -> kindLeads.stream().allMatch(l -> l.says(p)) || details.stream().anyMatch(g -> g.get(0).says(p))).toList();
            if (plantable.isEmpty()) continue;
            usable.add(new Kind(kind.name(), kind.weight(), kind.town(), kind.venue(), kind.past(), kindLeads, details, plantable));
        }
        if (usable.isEmpty()) throw new IllegalStateException("the extractor reads none of the claim frames");
        return new SyntheticDay(fillers, usable, pool);
    }

    /**
     * The leads that read for all but a few names (those names go to {@code bad}); a lead that fails for more than a
     * quarter of them is what is wrong, not the names.
     */
    private static List<Frame> keep(List<Frame> leads, Set<String> bad, Function<Frame, Set<String>> failing, int names) {
        List<Frame> kept = new ArrayList<>();
        for (Frame lead : leads) {
            Set<String> failed = failing.apply(lead);
            if (failed.size() > names / 4) continue;
            bad.addAll(failed);
            kept.add(lead);
        }
        return kept;
    }

    private static Map<String, String> pair(NamePool.Country a, NamePool.Country b, String venue) {
        return Map.of("A", a.name(), "B", b.name(), "VENUE", venue);
    }

    /** Whether sentences of one event, as one article, give exactly the claims their frames say. */
    private static final class Reader {
        private final ClaimExtractor extractor = new ClaimExtractor();
        private final Instant published;

        Reader(Instant published) {
            this.published = published;
        }

        boolean reads(Map<String, Fact> facts, Frame... frames) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            for (Frame f : frames) {
                text.append(text.isEmpty() ? "" : " ").append(f.write(facts));
                expected.addAll(f.claims(facts));
            }
            List<Claim> claims = extractor.extract(new Article("check", null, null, null, text.toString(), published, "en"));
            List<String> read = new ArrayList<>(claims.stream().map(c -> c.attribute() + "=" + c.value()).toList());
            Collections.sort(read);
            Collections.sort(expected);
            return read.equals(expected);
        }
    }
}
