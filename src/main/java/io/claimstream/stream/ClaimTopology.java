package io.claimstream.stream;

import io.claimstream.avro.Event;
import io.claimstream.avro.Verdict;
import io.claimstream.avro.VerdictKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.Properties;
import io.claimstream.verdict.AttributeReports;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The claim processor, top to bottom:
 * <pre>
 *   articles ──extract-claims──┬─▶ claims (re-keyed by event key; with several input partitions, their watermarks too)
 *                              └─▶ articles-dlq (what could not be read, and why)
 *   claims ──order-claims [claims-pending, input-watermarks]   (publication order, whichever partition a claim came from)
 *          ──compare-claims [events-by-key, event-reports, claims-seen, events-changed]──┬─▶ claim-conflicts
 *                                                                                      ├─▶ claim-agreements
 *                                                                                      └─▶ events (compacted, by event id)
 *   events ──▶ events-view (a table of each event's latest state: what the dashboard's API queries)
 * </pre>
 * Re-keying through the `claims` topic brings every claim about one event key to one partition, one task and
 * one set of stores, where it is resolved to an event and compared with what earlier sources said, in order of
 * publication.
 */
public final class ClaimTopology {
    /** The store interactive queries read events from, on the instance that owns each event id's partition. */
    public static final String EVENTS_VIEW = "events-view";

    private ClaimTopology() {
    }

    public static Topology build(Topics topics, ClaimStreamSettings settings) {
        return build(topics, settings, new StreamCounters(), new InputLag());
    }

    static Topology build(Topics topics, ClaimStreamSettings settings, StreamCounters counters, InputLag inputLag) {
        StreamsBuilder builder = new StreamsBuilder();

        KStream<byte[], byte[]> articles = builder.stream(topics.rawArticles.name(),
                Consumed.with(topics.rawArticles.keySerde(), topics.rawArticles.valueSerde()).withName("articles"));
        Map<String, KStream<String, Extracted>> extracted = articles
                .process(() -> new ClaimExtraction(topics.articles.valueSerde().deserializer(), settings, counters, inputLag), Named.as("extract-claims"))
                .split(Named.as("extracted-"))
                .branch((key, value) -> value.isRejected(), Branched.as("rejected"))
                .defaultBranch(Branched.as("claims"));
        extracted.get("extracted-claims")
                .mapValues(Extracted::claim, Named.as("claim"))
                .to(topics.claims.name(), Produced.with(topics.claims.keySerde(), topics.claims.valueSerde())
                        .withStreamPartitioner(ClaimTopology::claimPartitions).withName("claims"));
        extracted.get("extracted-rejected")
                .mapValues(Extracted::deadLetter, Named.as("dead-letter"))
                .to(topics.deadLetters.name(),
                        Produced.with(topics.deadLetters.keySerde(), topics.deadLetters.valueSerde()).withName("articles-dlq"));

        builder.addStateStore(store(PublicationOrder.PENDING, topics.claims.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PublicationOrder.WATERMARKS), Serdes.Integer(), Serdes.String()));
        builder.addStateStore(store(EventComparison.EVENTS, Serdes.ByteArray()));
        builder.addStateStore(store(EventComparison.REPORTS, new StoreSerde<>(AttributeReports.class)));
        builder.addStateStore(store(EventComparison.SEEN, Serdes.String()));
        builder.addStateStore(store(EventComparison.CHANGED, Serdes.String()));
        Map<String, KStream<String, Compared>> compared = builder
                .stream(topics.claims.name(), Consumed.with(topics.claims.keySerde(), topics.claims.valueSerde()).withName("claims-by-event"))
                .process(() -> new PublicationOrder(settings.articlePartitions(), counters), Named.as("order-claims"),
                        PublicationOrder.PENDING, PublicationOrder.WATERMARKS)
                .process(() -> new EventComparison(settings, counters), Named.as("compare-claims"),
                        EventComparison.EVENTS, EventComparison.REPORTS, EventComparison.SEEN, EventComparison.CHANGED)
                .split(Named.as("compared-"))
                .branch((key, value) -> value.isVerdict(), Branched.as("verdicts"))
                .defaultBranch(Branched.as("events"));
        KStream<String, Verdict> verdicts = compared.get("compared-verdicts").mapValues(Compared::verdict, Named.as("verdict"));
        verdicts.filter((key, v) -> v.getVerdict() == VerdictKind.CONTRADICTION, Named.as("contradictions"))
                .to(topics.conflicts.name(), Produced.with(topics.conflicts.keySerde(), topics.conflicts.valueSerde()).withName("claim-conflicts"));
        verdicts.filter((key, v) -> v.getVerdict() == VerdictKind.AGREEMENT, Named.as("agreements"))
                .to(topics.agreements.name(), Produced.with(topics.agreements.keySerde(), topics.agreements.valueSerde()).withName("claim-agreements"));
        compared.get("compared-events")
                .mapValues(Compared::event, Named.as("event"))
                .to(topics.events.name(), Produced.with(topics.events.keySerde(), topics.events.valueSerde()).withName("events"));

        builder.table(topics.events.name(), Consumed.with(topics.events.keySerde(), topics.events.valueSerde()).withName("events-table"),
                Materialized.<String, Event, KeyValueStore<Bytes, byte[]>>as(EVENTS_VIEW)
                        .withKeySerde(topics.events.keySerde()).withValueSerde(topics.events.valueSerde()));

        // the view restores from `events` itself, which is compacted already, instead of from a changelog copy of it
        Properties optimize = new Properties();
        optimize.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS);
        return builder.build(optimize);
    }

    /** A claim goes to the partition of its event key; a watermark (a record with no claim) to every partition. */
    private static Optional<Set<Integer>> claimPartitions(String topic, String key, io.claimstream.avro.Claim claim, int partitions) {
        return claim != null ? Optional.empty() : Optional.of(IntStream.range(0, partitions).boxed().collect(Collectors.toSet()));
    }

    static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
