package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import io.claimstream.claim.Claim;
import io.claimstream.registry.InMemorySchemaRegistry;
import io.claimstream.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims from several input partitions are judged in publication order: extraction tasks send watermarks, and the
 * ordering step holds claims back until every input partition has passed them.
 */
class PublicationOrderTest {
    private static final String ATTACK = "attack:syria";

    @TempDir
    Path stateDir;

    /** One topology under test driver: what goes in on `articles` or `claims`, and what comes out. */
    private static final class Driven implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, io.claimstream.avro.Article> articles;
        final TestInputTopic<String, io.claimstream.avro.Claim> claims;
        final TestOutputTopic<String, io.claimstream.avro.Claim> claimsOut;
        final TestOutputTopic<String, io.claimstream.avro.Verdict> conflicts, agreements;

        Driven(Path stateDir, int articlePartitions) {
            Topics topics = new Topics(new InMemorySchemaRegistry());
            driver = new TopologyTestDriver(ClaimTopology.build(topics, ClaimStreamSettings.DEFAULTS.withArticlePartitions(articlePartitions)),
                    StreamsProperties.base("publication-order-test", "unused:9092", stateDir.toString()), Instant.parse("2026-01-01T00:00:00Z"));
            articles = driver.createInputTopic(Topics.ARTICLES, topics.articles.keySerde().serializer(), topics.articles.valueSerde().serializer());
            claims = driver.createInputTopic(Topics.CLAIMS, topics.claims.keySerde().serializer(), topics.claims.valueSerde().serializer());
            claimsOut = driver.createOutputTopic(Topics.CLAIMS, topics.claims.keySerde().deserializer(), topics.claims.valueSerde().deserializer());
            conflicts = driver.createOutputTopic(Topics.CONFLICTS, topics.conflicts.keySerde().deserializer(), topics.conflicts.valueSerde().deserializer());
            agreements = driver.createOutputTopic(Topics.AGREEMENTS, topics.agreements.keySerde().deserializer(), topics.agreements.valueSerde().deserializer());
        }

        void send(Claim claim) {
            claims.pipeInput(claim.eventKey(), AvroMapping.claim(claim), claim.publishedAt());
        }

        void watermark(int inputPartition, String before) {
            send(new Watermark(inputPartition, Instant.parse(before).toEpochMilli(), false));
        }

        /** The partition was read to its end: nothing more will come from it for now. */
        void quiet(int inputPartition, String latestRead) {
            send(new Watermark(inputPartition, Instant.parse(latestRead).toEpochMilli() + 1, true));
        }

        private void send(Watermark w) {
            // stamped with the wall clock, as extraction stamps them
            claims.pipeInput(new TestRecord<>(null, null, w.headers(), Instant.parse("2026-01-01T00:00:00Z")));
        }

        List<Verdict> verdicts() {
            List<Verdict> all = new ArrayList<>();
            conflicts.readValuesToList().forEach(v -> all.add(AvroMapping.verdict(v)));
            agreements.readValuesToList().forEach(v -> all.add(AvroMapping.verdict(v)));
            return all;
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    private static Claim deaths(String id, String article, String published, int deaths) {
        return new Claim(id, article, "Source " + article, ATTACK, "attack in Syria", "attack", null, "CURRENT", "Idlib",
                "2020-03-01", "deaths", String.valueOf(deaths), deaths + " people", "The attack killed " + deaths + " people.",
                0, 30, Instant.parse(published), 0.9);
    }

    private static final Claim A = deaths("c1", "a", "2020-03-02T08:00:00Z", 12);
    private static final Claim B = deaths("c2", "b", "2020-03-02T09:00:00Z", 15);
    private static final Claim C = deaths("c3", "c", "2020-03-02T10:00:00Z", 12);

    @Test
    void claimsFromTwoPartitionsAreJudgedAsIfTheyHadArrivedInPublicationOrder() {
        List<Verdict> inOrder;
        try (Driven one = new Driven(stateDir.resolve("one"), 1)) {
            List.of(A, B, C).forEach(one::send);
            inOrder = one.verdicts();
        }
        List<Verdict> asArrived;
        try (Driven unordered = new Driven(stateDir.resolve("unordered"), 1)) {
            List.of(C, A, B).forEach(unordered::send);
            asArrived = unordered.verdicts();
        }
        assertThat(asArrived).as("the order matters: judged as they arrive, the verdicts differ").isNotEqualTo(inOrder);

        try (Driven two = new Driven(stateDir.resolve("two"), 2)) {
            // input partition 1 runs ahead: its 10:00 claim arrives before partition 0's 08:00 and 09:00 ones
            two.send(C);
            two.watermark(1, "2020-03-02T10:00:00Z");
            two.send(A);
            two.send(B);
            assertThat(two.verdicts()).as("nothing is judged before every input partition has passed it").isEmpty();

            two.watermark(0, "2020-03-02T09:00:00Z");
            two.watermark(0, "2020-03-02T11:00:00Z");
            two.watermark(1, "2020-03-02T11:00:00Z");

            assertThat(two.verdicts()).as("verdicts of claims put back in publication order").isEqualTo(inOrder).isNotEmpty();
        }
    }

    @Test
    void aQuietPartitionHoldsNoOneUpAndAPauseInAReplayMakesNoLaterClaimLate() {
        Claim d = deaths("c4", "d", "2020-03-02T11:00:00Z", 15);
        List<Verdict> inOrder;
        try (Driven one = new Driven(stateDir.resolve("one"), 1)) {
            List.of(A, B, C, d).forEach(one::send);
            inOrder = one.verdicts();
        }
        try (Driven two = new Driven(stateDir.resolve("two"), 2)) {
            two.quiet(1, "2020-03-02T07:00:00Z");
            two.send(A);
            two.send(B);
            two.watermark(0, "2020-03-02T09:00:00Z");
            two.send(C);
            two.watermark(0, "2020-03-02T10:00:00Z");
            assertThat(two.verdicts()).as("partition 1, quiet at 07:00, does not hold back partition 0's claims")
                    .singleElement().satisfies(v -> assertThat(v.claim().claimId()).isEqualTo("c2"));

            // a pause: partition 0 is read to its end too, and the claims it held go on
            two.quiet(0, "2020-03-02T10:00:00Z");
            assertThat(two.verdicts()).isNotEmpty().allSatisfy(v -> assertThat(v.claim().claimId()).isEqualTo("c3"));

            // the replay goes on where it was, years before the wall clock: its next claim is not late, it waits its turn
            two.send(d);
            assertThat(two.verdicts()).as("held until its partition says how far it has come").isEmpty();
            two.quiet(1, "2020-03-02T11:00:00Z");
            assertThat(two.verdicts()).isNotEmpty().allSatisfy(v -> assertThat(v.claim().claimId()).isEqualTo("c4"));
        }
        try (Driven two = new Driven(stateDir.resolve("again"), 2)) {
            two.quiet(1, "2020-03-02T07:00:00Z");
            List.of(A, B, C).forEach(two::send);
            two.quiet(0, "2020-03-02T10:00:00Z");
            two.send(d);
            two.quiet(1, "2020-03-02T11:00:00Z");
            assertThat(two.verdicts()).as("the same verdicts as in one partition").isEqualTo(inOrder);
        }
    }

    @Test
    void claimsHeldAcrossARestartGoOnWhenEveryPartitionIsQuietThoughNoneHasReadAnythingSince() {
        try (Driven two = new Driven(stateDir, 2)) {
            two.send(A);
            two.send(B);
            assertThat(two.verdicts()).isEmpty();
            // restarted with nothing left to read: each partition is quiet, and has no latest article to speak of
            two.send(new Watermark(0, Long.MIN_VALUE, true));
            two.send(new Watermark(1, Long.MIN_VALUE, true));
            assertThat(two.verdicts()).isNotEmpty().allSatisfy(v -> assertThat(v.claim().claimId()).isEqualTo("c2"));
        }
    }

    @Test
    void aClaimArrivingAfterItsInputPartitionsHaveMovedPastItIsJudgedAtOnce() {
        try (Driven two = new Driven(stateDir, 2)) {
            two.send(A);
            two.watermark(0, "2020-03-02T12:00:00Z");
            two.watermark(1, "2020-03-02T12:00:00Z");
            assertThat(two.verdicts()).isEmpty();

            two.send(B); // published at 09:00, after both partitions promised nothing before 12:00 would come
            assertThat(two.verdicts()).singleElement().satisfies(v -> {
                assertThat(v.claim().claimId()).isEqualTo("c2");
                assertThat(v.others()).extracting(Verdict.Side::claimId).containsExactly("c1");
            });
        }
    }

    @Test
    void extractionSendsTheLatestPublicationTimeReadToEveryClaimsPartitionAndSaysWhenItIsQuiet() {
        Article article = new Article("a1", "Source", null, "Talks", "Russian and US diplomats will meet in Geneva on January 10.",
                Instant.parse("2022-01-05T12:00:00Z"), "en");
        try (Driven two = new Driven(stateDir, 2)) {
            two.articles.pipeInput(article.id(), AvroMapping.article(article), article.publishedAt());
            two.driver.advanceWallClockTime(ClaimExtraction.PROMISE_EVERY);
            List<TestRecord<String, io.claimstream.avro.Claim>> out = two.claimsOut.readRecordsToList();
            assertThat(out).filteredOn(r -> r.value() != null).as("the article's claims").isNotEmpty();
            long published = article.publishedAt().toEpochMilli();
            assertThat(out).filteredOn(r -> r.value() == null).singleElement()
                    .satisfies(r -> assertThat(Watermark.in(r.headers())).contains(new Watermark(0, published, false)));

            two.driver.advanceWallClockTime(ClaimExtraction.QUIET_UNMEASURED_AFTER);
            assertThat(two.claimsOut.readRecordsToList()).as("quiet, once: nothing at or before its latest article will come")
                    .singleElement().satisfies(r -> assertThat(Watermark.in(r.headers())).contains(new Watermark(0, published + 1, true)));
            two.driver.advanceWallClockTime(ClaimExtraction.QUIET_UNMEASURED_AFTER);
            assertThat(two.claimsOut.readRecordsToList()).as("an idle partition writes nothing more").isEmpty();

            Article next = new Article("a2", "Source", null, "Talks", "Russian and US diplomats met in Geneva on Monday.",
                    Instant.parse("2022-01-10T12:00:00Z"), "en");
            two.articles.pipeInput(next.id(), AvroMapping.article(next), next.publishedAt());
            assertThat(two.claimsOut.readRecordsToList()).filteredOn(r -> r.value() == null).singleElement()
                    .as("awake again").satisfies(r -> assertThat(Watermark.in(r.headers()))
                            .contains(new Watermark(0, next.publishedAt().toEpochMilli(), false)));
        }
        try (Driven one = new Driven(stateDir.resolve("one"), 1)) {
            one.articles.pipeInput(article.id(), AvroMapping.article(article), article.publishedAt());
            one.driver.advanceWallClockTime(Duration.ofMinutes(1));
            assertThat(one.claimsOut.readRecordsToList()).as("one input partition: no watermarks").allMatch(r -> r.value() != null);
        }
    }
}
