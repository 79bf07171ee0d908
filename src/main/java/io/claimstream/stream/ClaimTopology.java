package io.claimstream.stream;

import io.claimstream.avro.Verdict;
import io.claimstream.avro.VerdictKind;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The claim processor, top to bottom:
 * <pre>
 *   articles ──extract-claims──┬─▶ claims (re-keyed by event key)
 *                              └─▶ articles-dlq (what could not be read, and why)
 *   claims ──compare-claims [event-claims store]──┬─▶ claim-conflicts
 *                                                 └─▶ claim-agreements
 * </pre>
 * Re-keying through the `claims` topic brings every claim about one event to one partition, one task and one
 * store, where it is compared with what earlier sources said, as it arrives.
 */
public final class ClaimTopology {
    private ClaimTopology() {
    }

    public static Topology build(Topics topics, ClaimStreamSettings settings) {
        return build(topics, settings, new StreamCounters());
    }

    public static Topology build(Topics topics, ClaimStreamSettings settings, StreamCounters counters) {
        StreamsBuilder builder = new StreamsBuilder();

        KStream<byte[], byte[]> articles = builder.stream(topics.rawArticles.name(),
                Consumed.with(topics.rawArticles.keySerde(), topics.rawArticles.valueSerde()).withName("articles"));
        Map<String, KStream<String, Extracted>> extracted = articles
                .process(() -> new ClaimExtraction(topics.articles.valueSerde().deserializer(), settings, counters), Named.as("extract-claims"))
                .split(Named.as("extracted-"))
                .branch((key, value) -> value.isClaim(), Branched.as("claims"))
                .defaultBranch(Branched.as("rejected"));
        extracted.get("extracted-claims")
                .mapValues(Extracted::claim, Named.as("claim"))
                .to(topics.claims.name(), Produced.with(topics.claims.keySerde(), topics.claims.valueSerde()).withName("claims"));
        extracted.get("extracted-rejected")
                .mapValues(Extracted::deadLetter, Named.as("dead-letter"))
                .to(topics.deadLetters.name(),
                        Produced.with(topics.deadLetters.keySerde(), topics.deadLetters.valueSerde()).withName("articles-dlq"));

        // An event key's state is one record of the changelog, and a busy key outgrows the broker's default 1 MB limit;
        // a record the changelog refuses would fail the stream thread on every retry, and the application would stall.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EventComparison.STORE),
                Serdes.String(), new JsonSerde<>(EventState.class))
                .withLoggingEnabled(Map.of("max.message.bytes", String.valueOf(StreamsProperties.MAX_RECORD_BYTES))));
        KStream<String, Verdict> verdicts = builder
                .stream(topics.claims.name(), Consumed.with(topics.claims.keySerde(), topics.claims.valueSerde()).withName("claims-by-event"))
                .process(() -> new EventComparison(settings, counters), Named.as("compare-claims"), EventComparison.STORE);
        verdicts.filter((key, v) -> v.getVerdict() == VerdictKind.CONTRADICTION, Named.as("contradictions"))
                .to(topics.conflicts.name(), Produced.with(topics.conflicts.keySerde(), topics.conflicts.valueSerde()).withName("claim-conflicts"));
        verdicts.filter((key, v) -> v.getVerdict() == VerdictKind.AGREEMENT, Named.as("agreements"))
                .to(topics.agreements.name(), Produced.with(topics.agreements.keySerde(), topics.agreements.valueSerde()).withName("claim-agreements"));

        return builder.build();
    }
}
