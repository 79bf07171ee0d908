package io.claimstream.stream;

import io.claimstream.avro.Article;
import io.claimstream.avro.Claim;
import io.claimstream.avro.DeadLetter;
import io.claimstream.avro.Event;
import io.claimstream.avro.Verdict;
import io.claimstream.registry.AvroSerde;
import io.claimstream.registry.SchemaRegistry;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic the application reads or writes, with the serdes of its keys and values. Values are Avro in the
 * Confluent wire format, their schemas registered under TopicNameStrategy subjects ("claims-value").
 */
public final class Topics {
    /** A topic's name with the serdes of its records. */
    public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
    }

    public static final String ARTICLES = "articles";
    public static final String CLAIMS = "claims";
    public static final String AGREEMENTS = "claim-agreements";
    public static final String CONFLICTS = "claim-conflicts";
    public static final String DEAD_LETTERS = "articles-dlq";
    public static final String EVENTS = "events";
    /** The largest record `articles` takes: articles far longer than any news story still arrive, to be turned down. */
    public static final int MAX_ARTICLE_RECORD_BYTES = 8 * 1024 * 1024;

    /** Articles as feed producers publish them, keyed by article id. */
    public final Topic<String, Article> articles;
    /** The same records undecoded: the topology decodes them itself so that a bad record goes to the DLQ. */
    public final Topic<byte[], byte[]> rawArticles;
    /** Claims keyed by event key, so that claims about one event meet in one partition and one store. */
    public final Topic<String, Claim> claims;
    public final Topic<String, Verdict> agreements;
    public final Topic<String, Verdict> conflicts;
    /** Records of `articles` that could not be processed, with their original key and value and the reason. */
    public final Topic<String, DeadLetter> deadLetters;
    /** Compacted: each event's current state, keyed by event id; the latest record of an id is what it is now. */
    public final Topic<String, Event> events;

    public Topics(SchemaRegistry registry) {
        articles = new Topic<>(ARTICLES, Serdes.String(), AvroSerde.of(Article.class, registry));
        rawArticles = new Topic<>(ARTICLES, Serdes.ByteArray(), Serdes.ByteArray());
        claims = new Topic<>(CLAIMS, Serdes.String(), AvroSerde.of(Claim.class, registry));
        Serde<Verdict> verdicts = AvroSerde.of(Verdict.class, registry);
        agreements = new Topic<>(AGREEMENTS, Serdes.String(), verdicts);
        conflicts = new Topic<>(CONFLICTS, Serdes.String(), verdicts);
        deadLetters = new Topic<>(DEAD_LETTERS, Serdes.String(), AvroSerde.of(DeadLetter.class, registry));
        events = new Topic<>(EVENTS, Serdes.String(), AvroSerde.of(Event.class, registry));
    }

    /**
     * Registers the value schema of every topic under its subject ("claims-value"), so that a registry that is
     * not there, or refuses a schema, is reported before the application starts rather than record by record.
     */
    public static void registerSchemas(SchemaRegistry registry) {
        registry.register(ARTICLES + "-value", Article.getClassSchema());
        registry.register(CLAIMS + "-value", Claim.getClassSchema());
        registry.register(AGREEMENTS + "-value", Verdict.getClassSchema());
        registry.register(CONFLICTS + "-value", Verdict.getClassSchema());
        registry.register(DEAD_LETTERS + "-value", DeadLetter.getClassSchema());
        registry.register(EVENTS + "-value", Event.getClassSchema());
    }

    /** Every topic name, for creating them. */
    public static List<String> names() {
        return List.of(ARTICLES, CLAIMS, AGREEMENTS, CONFLICTS, DEAD_LETTERS, EVENTS);
    }
}
