package io.claimstream.stream;

import io.claimstream.SeedGold;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import io.claimstream.avro.DeadLetter;
import io.claimstream.registry.InMemorySchemaRegistry;
import io.claimstream.verdict.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology over the five seed articles, driven by TopologyTestDriver, checked against seeds/gold.json. */
class ClaimTopologyTest {
    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, io.claimstream.avro.Article> articles;
    private TestInputTopic<byte[], byte[]> rawArticles;
    private TestOutputTopic<String, io.claimstream.avro.Verdict> conflicts;
    private TestOutputTopic<String, io.claimstream.avro.Verdict> agreements;
    private TestOutputTopic<String, io.claimstream.avro.Claim> claims;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        Topics topics = new Topics(new InMemorySchemaRegistry());
        Properties props = StreamsProperties.base("claim-topology-test", "unused:9092", stateDir.toString());
        driver = new TopologyTestDriver(ClaimTopology.build(topics, ClaimStreamSettings.DEFAULTS), props);
        articles = driver.createInputTopic(Topics.ARTICLES, topics.articles.keySerde().serializer(), topics.articles.valueSerde().serializer());
        rawArticles = driver.createInputTopic(Topics.ARTICLES, topics.rawArticles.keySerde().serializer(), topics.rawArticles.valueSerde().serializer());
        conflicts = driver.createOutputTopic(Topics.CONFLICTS, topics.conflicts.keySerde().deserializer(), topics.conflicts.valueSerde().deserializer());
        agreements = driver.createOutputTopic(Topics.AGREEMENTS, topics.agreements.keySerde().deserializer(), topics.agreements.valueSerde().deserializer());
        claims = driver.createOutputTopic(Topics.CLAIMS, topics.claims.keySerde().deserializer(), topics.claims.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, topics.deadLetters.keySerde().deserializer(), topics.deadLetters.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void publish(Article a) {
        articles.pipeInput(a.id(), AvroMapping.article(a), a.publishedAt());
    }

    private List<Verdict> seedVerdicts() {
        ArticleSources.read(List.of(SeedGold.SEEDS)).forEach(this::publish);
        List<Verdict> verdicts = new ArrayList<>();
        conflicts.readValuesToList().forEach(v -> verdicts.add(AvroMapping.verdict(v)));
        agreements.readValuesToList().forEach(v -> verdicts.add(AvroMapping.verdict(v)));
        return verdicts;
    }

    private static List<Verdict> contradictions(List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> v.verdict() == Verdict.Kind.CONTRADICTION).toList();
    }

    @Test
    void findsEveryGoldContradictionWithTheOddArticleAndTheConsensus() throws Exception {
        List<Verdict> verdicts = seedVerdicts();
        for (SeedGold.Contradiction gold : SeedGold.load().required) {
            assertThat(contradictions(verdicts)).as("gold contradiction %s (%s %s vs %s)", gold.id(), gold.attribute(),
                    gold.odd().match(), gold.consensus().match()).anyMatch(gold::foundBy);
        }
    }

    @Test
    void emitsNoContradictionThatGoldDoesNotList() throws Exception {
        SeedGold gold = SeedGold.load();
        List<SeedGold.Contradiction> all = new ArrayList<>(gold.required);
        all.addAll(gold.optional);
        for (Verdict v : contradictions(seedVerdicts())) {
            assertThat(all).as("contradiction %s: %s vs %s", v.eventId(), v.claim().value(),
                    v.others().stream().map(Verdict.Side::value).toList()).anyMatch(g -> g.foundBy(v));
        }
    }

    /** T1: July 2019, the summer of 2019 and 2019 are one fact at three granularities. */
    @Test
    void differentGranularitiesOfOneDateAgree() {
        List<Verdict> verdicts = seedVerdicts();
        Predicate<String> previousMeeting = value -> value.startsWith("2019");
        assertThat(contradictions(verdicts)).noneMatch(v -> previousMeeting.test(v.claim().value())
                || v.others().stream().anyMatch(o -> previousMeeting.test(o.value())));
        assertThat(verdicts).anyMatch(v -> v.verdict() == Verdict.Kind.AGREEMENT && v.claim().value().equals("2019-07")
                && v.others().stream().anyMatch(o -> o.value().equals("2019-SU")));
    }

    /** T2: "January 9 and 10" overlaps "January 10". */
    @Test
    void anIntervalAgreesWithADayInsideIt() {
        List<Verdict> verdicts = seedVerdicts();
        assertThat(contradictions(verdicts)).noneMatch(v -> v.claim().value().equals("2022-01-09/2022-01-10")
                && v.others().stream().anyMatch(o -> o.value().equals("2022-01-10")));
        assertThat(verdicts).anyMatch(v -> v.verdict() == Verdict.Kind.AGREEMENT && v.claim().value().equals("2022-01-09/2022-01-10")
                && v.others().stream().anyMatch(o -> o.value().equals("2022-01-10")));
    }

    /** T3 and T4: the OSCE council (January 13, with its other-calendar date) and the NATO Military Committee are events of their own. */
    @Test
    void neighbouringEventsAndCalendarEquivalentsDoNotConflict() {
        List<Verdict> verdicts = seedVerdicts();
        assertThat(contradictions(verdicts)).noneMatch(v -> v.claim().value().contains("-12-23")
                || v.others().stream().anyMatch(o -> o.value().contains("-12-23")));
        assertThat(contradictions(verdicts)).noneMatch(v -> involves(v, "2022-01-13") || involves(v, "2022-01-12/2022-01-13"));
        assertThat(verdicts).anyMatch(v -> v.verdict() == Verdict.Kind.AGREEMENT && v.claim().value().equals("2022-01-13")
                && v.others().stream().anyMatch(o -> o.value().equals("2022-01-13") && !o.articleId().equals(v.claim().articleId())));
    }

    /** T5 and T6: spelling variants of a name, and the drafts' submission, publication and the phone call, are no conflicts. */
    @Test
    void distinctActionsAndSpellingVariantsDoNotConflict() {
        List<Verdict> conflicts = contradictions(seedVerdicts());
        for (String value : List.of("2021-12-15", "2021-12-17", "2021-12-31", "2021-12")) {
            assertThat(conflicts).noneMatch(v -> involves(v, value));
        }
        // names are how events are found, never values that are compared: "Groshko" and "Grushko" cannot conflict
        assertThat(conflicts).extracting(Verdict::attribute).containsOnly("date");
    }

    @Test
    void aResentArticleProducesNoVerdictsTheSecondTime() {
        List<Article> seeds = ArticleSources.read(List.of(SeedGold.SEEDS));
        seeds.forEach(this::publish);
        conflicts.readValuesToList();
        agreements.readValuesToList();
        Article again = seeds.get(0);
        publish(new Article(again.id(), again.source(), again.url(), again.title(), again.body(),
                again.publishedAt().plusSeconds(3600), again.language()));
        assertThat(conflicts.readValuesToList()).isEmpty();
        assertThat(agreements.readValuesToList()).isEmpty();
    }

    @Test
    void claimsAreKeyedByTheirEventKey() {
        seedVerdicts();
        var records = claims.readRecordsToList();
        assertThat(records).isNotEmpty();
        assertThat(records).allMatch(r -> r.key().equals(r.value().getEventKey()));
        assertThat(records).anyMatch(r -> r.value().getAttribute().equals("duration") && r.value().getValue().equals(">PT3H"));
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndTheStreamGoesOn() {
        rawArticles.pipeInput("k1".getBytes(), "not avro at all".getBytes());
        rawArticles.pipeInput("k2".getBytes(), (byte[]) null);
        publish(new Article("empty", null, null, null, "   ", Instant.parse("2022-01-01T00:00:00Z"), null));
        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).hasSize(3);
        assertThat(letters.get(0).getReason()).contains("not in the Confluent Avro wire format");
        assertThat(letters.get(0).getTopic()).isEqualTo(Topics.ARTICLES);
        assertThat(letters.get(0).getOffset()).isZero();
        assertThat(letters.get(1).getReason()).contains("tombstone");
        assertThat(letters.get(2).getReason()).contains("empty body");
        assertThat(letters.get(2).getErrorClass()).isEqualTo("RejectedArticle");

        List<Verdict> verdicts = seedVerdicts();
        assertThat(contradictions(verdicts)).isNotEmpty();
    }

    private static boolean involves(Verdict v, String value) {
        return v.claim().value().equals(value) || v.others().stream().anyMatch(o -> o.value().equals(value));
    }
}
