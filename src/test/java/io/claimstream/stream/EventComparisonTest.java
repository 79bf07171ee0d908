package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.avro.Event;
import io.claimstream.avro.EventAttribute;
import io.claimstream.avro.EventValue;
import io.claimstream.claim.Claim;
import io.claimstream.identity.ResolvedEvent;
import io.claimstream.registry.InMemorySchemaRegistry;
import io.claimstream.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison step alone, fed claims on `claims` as extraction would write them: how events are found again,
 * merged, published on `events` and forgotten after the horizon.
 */
class EventComparisonTest {
    private static final Duration HORIZON = Duration.ofDays(90);
    private static final String ATTACK = "attack:syria";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, io.claimstream.avro.Claim> claims;
    private TestOutputTopic<String, io.claimstream.avro.Verdict> conflicts;
    private TestOutputTopic<String, io.claimstream.avro.Verdict> agreements;
    private TestOutputTopic<String, Event> events;
    private int nextClaim;

    @BeforeEach
    void start() {
        Topics topics = new Topics(new InMemorySchemaRegistry());
        ClaimStreamSettings settings = new ClaimStreamSettings(Duration.ofDays(60), 1_000_000, 256 * 1024, HORIZON, 1);
        driver = new TopologyTestDriver(ClaimTopology.build(topics, settings),
                StreamsProperties.base("event-comparison-test", "unused:9092", stateDir.toString()));
        claims = driver.createInputTopic(Topics.CLAIMS, topics.claims.keySerde().serializer(), topics.claims.valueSerde().serializer());
        conflicts = driver.createOutputTopic(Topics.CONFLICTS, topics.conflicts.keySerde().deserializer(), topics.conflicts.valueSerde().deserializer());
        agreements = driver.createOutputTopic(Topics.AGREEMENTS, topics.agreements.keySerde().deserializer(), topics.agreements.valueSerde().deserializer());
        events = driver.createOutputTopic(Topics.EVENTS, topics.events.keySerde().deserializer(), topics.events.valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** A death toll about an attack in a town, from one article, dated by its sentence to {@code day}. */
    private Claim deaths(String article, String published, String site, String day, int deaths) {
        Instant at = Instant.parse(published);
        return new Claim("c" + nextClaim++, article, "Source " + article, ATTACK, "attack in Syria", "attack", null,
                "CURRENT", site, day, "deaths", String.valueOf(deaths), deaths + " people",
                "The attack killed " + deaths + " people.", 0, 30, at, 0.9);
    }

    private void send(Claim claim) {
        claims.pipeInput(claim.eventKey(), AvroMapping.claim(claim), claim.publishedAt());
    }

    private List<Verdict> verdicts() {
        List<Verdict> all = new ArrayList<>();
        conflicts.readValuesToList().forEach(v -> all.add(AvroMapping.verdict(v)));
        agreements.readValuesToList().forEach(v -> all.add(AvroMapping.verdict(v)));
        return all;
    }

    private Map<String, Event> publishedEvents() {
        driver.advanceWallClockTime(EventComparison.PUBLISH_EVERY);
        Map<String, Event> latest = new HashMap<>();
        events.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
        return latest;
    }

    private List<ResolvedEvent> stored() {
        KeyValueStore<String, byte[]> store = driver.getKeyValueStore(EventComparison.EVENTS);
        StoreSerde<ResolvedEvent> serde = new StoreSerde<>(ResolvedEvent.class);
        List<ResolvedEvent> all = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.all()) {
            it.forEachRemaining(kv -> all.add(serde.deserializer().deserialize(EventComparison.EVENTS, kv.value)));
        }
        return all;
    }

    @Test
    void aDayGivenLateShowsTwoEventsToBeOneAndEventsSaysSo() {
        // reported in the morning with a date four days earlier: an attack of its own
        send(deaths("a", "2020-01-12T08:00:00Z", "Idlib", "2020-01-08", 12));
        // reported later that day with no date of its own: filed under its publication day, another attack
        send(deaths("b", "2020-01-12T10:00:00Z", "Idlib", "2020-01-12", 12));
        assertThat(stored()).hasSize(2);
        Map<String, Event> before = publishedEvents();
        assertThat(before).hasSize(2);

        // a third report dates the second one's attack to January 10th: two days from the first, so one attack
        send(deaths("c", "2020-01-13T09:00:00Z", "Idlib", "2020-01-10", 12));

        assertThat(stored()).hasSize(1);
        ResolvedEvent survivor = stored().get(0);
        assertThat(survivor.firstReported()).isEqualTo(Instant.parse("2020-01-12T08:00:00Z"));
        assertThat(survivor.sources()).isEqualTo(3);
        Map<String, Event> after = publishedEvents();
        Event gone = after.values().stream().filter(e -> e.getMergedInto() != null).findFirst().orElseThrow();
        assertThat(gone.getMergedInto()).isEqualTo(survivor.id());
        Event merged = after.get(survivor.id());
        assertThat(merged.getMergedFrom()).containsExactly(gone.getEventId());
        EventAttribute deaths = merged.getAttributes().get(0);
        assertThat(deaths.getConsensus()).isEqualTo("12");
        assertThat(deaths.getValues()).extracting(EventValue::getSources).containsExactly(3);
        assertThat(deaths.getValues().get(0).getClaims()).extracting(c -> c.getArticleId()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void attacksInOneCountryAreToldApartByTownAndDayAndOnlyTheSameAttackIsCompared() {
        send(deaths("a", "2020-03-02T08:00:00Z", "Idlib", "2020-03-01", 10));
        send(deaths("b", "2020-03-02T09:00:00Z", "Aleppo", "2020-03-01", 40));
        send(deaths("c", "2020-03-20T09:00:00Z", "Idlib", "2020-03-19", 3));
        assertThat(verdicts()).isEmpty();
        assertThat(stored()).extracting(ResolvedEvent::site).containsExactlyInAnyOrder("Idlib", "Aleppo", "Idlib");

        // published before the first report with a larger toll: the toll fell, a conflict (not an update)
        send(deaths("d", "2020-03-02T07:00:00Z", "Idlib", "2020-03-01", 15));
        List<Verdict> verdicts = verdicts();
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.verdict()).isEqualTo(Verdict.Kind.CONTRADICTION);
            assertThat(v.claim().articleId()).isEqualTo("d");
            assertThat(v.others()).extracting(Verdict.Side::articleId).containsExactly("a");
        });
    }

    @Test
    void eventsNotReportedForLongerThanTheHorizonLeaveTheStoreAndALateReportStartsANewEvent() {
        send(deaths("old", "2020-01-05T08:00:00Z", "Homs", "2020-01-04", 30));
        String oldId = stored().get(0).id();
        // event time moves on, by reports of other attacks, past the horizon
        for (int month = 1; month <= 5; month++) {
            send(deaths("later-" + month, "2020-0" + (1 + month) + "-15T08:00:00Z", "Raqqa", "2020-0" + (1 + month) + "-14", month));
        }
        assertThat(stored()).extracting(ResolvedEvent::id).doesNotContain(oldId);
        KeyValueStore<String, Object> reports = driver.getKeyValueStore(EventComparison.REPORTS);
        try (KeyValueIterator<String, Object> it = reports.all()) {
            List<String> keys = new ArrayList<>();
            it.forEachRemaining(kv -> keys.add(kv.key));
            assertThat(keys).noneMatch(k -> k.startsWith(oldId));
        }

        // a late report of the old attack, with another toll: no event to contradict, so it starts one
        verdicts();
        send(deaths("late", "2020-01-06T08:00:00Z", "Homs", "2020-01-04", 35));
        assertThat(verdicts()).isEmpty();
        assertThat(stored()).filteredOn(e -> "Homs".equals(e.site())).singleElement()
                .satisfies(e -> assertThat(e.firstReported()).isEqualTo(Instant.parse("2020-01-06T08:00:00Z")));
    }

    @Test
    void theSameClaimSentTwiceAndAValueRepeatedByOneArticleChangeNothing() {
        Claim first = deaths("a", "2021-05-01T08:00:00Z", "Daraa", "2021-05-01", 5);
        send(first);
        send(deaths("b", "2021-05-01T09:00:00Z", "Daraa", "2021-05-01", 6));
        assertThat(verdicts()).hasSize(1);
        send(first);
        send(deaths("b", "2021-05-01T09:00:00Z", "Daraa", "2021-05-01", 6));
        assertThat(verdicts()).isEmpty();
        assertThat(stored()).singleElement().satisfies(e -> {
            assertThat(e.sources()).isEqualTo(2);
            assertThat(e.claims()).isEqualTo(2);
        });
    }

    @Test
    void aMuchReportedValueKeepsItsCountButOnlyAFewClaimsAsEvidence() {
        for (int i = 0; i < 50; i++) send(deaths("s" + i, "2021-06-01T08:00:00Z", "Hama", "2021-06-01", 9));
        List<Verdict> verdicts = verdicts();
        assertThat(verdicts).hasSize(49).allMatch(v -> v.verdict() == Verdict.Kind.AGREEMENT);
        assertThat(verdicts.get(48).others()).hasSize(io.claimstream.verdict.ReportedValue.EVIDENCE);
        Event event = publishedEvents().values().iterator().next();
        EventValue nine = event.getAttributes().get(0).getValues().get(0);
        assertThat(nine.getSources()).isEqualTo(50);
        assertThat(nine.getClaims()).hasSize(io.claimstream.verdict.ReportedValue.EVIDENCE);
        assertThat(event.getSources()).isEqualTo(50);
    }

    @Test
    void eventsArePublishedOncePerIntervalNotOncePerClaim() {
        for (int i = 0; i < 20; i++) send(deaths("p" + i, "2021-07-01T08:00:00Z", "Hama", "2021-07-01", 9 + i % 2));
        List<KeyValue<String, Event>> published = new ArrayList<>();
        driver.advanceWallClockTime(EventComparison.PUBLISH_EVERY);
        published.addAll(events.readKeyValuesToList());
        assertThat(published).singleElement().satisfies(kv -> {
            assertThat(kv.value.getClaims()).isEqualTo(20);
            assertThat(kv.value.getAttributes().get(0).getConsensus()).isNull();
        });
    }
}
