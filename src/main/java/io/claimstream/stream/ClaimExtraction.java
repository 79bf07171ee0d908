package io.claimstream.stream;

import io.claimstream.article.Article;
import io.claimstream.avro.DeadLetter;
import io.claimstream.claim.Claim;
import io.claimstream.claim.ClaimExtractor;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each record of `articles`, extracts its claims and forwards them keyed by event key. A record that
 * cannot be decoded, an empty or oversized article, or an article the extractor fails on is forwarded as a
 * dead letter with the reason: one bad record never stops the stream.
 */
final class ClaimExtraction implements Processor<byte[], byte[], String, Extracted> {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimExtraction.class);

    private final Deserializer<io.claimstream.avro.Article> articles;
    private final ClaimStreamSettings settings;
    private final StreamCounters counters;
    private final ClaimExtractor extractor = new ClaimExtractor();
    private ProcessorContext<String, Extracted> context;

    ClaimExtraction(Deserializer<io.claimstream.avro.Article> articles, ClaimStreamSettings settings, StreamCounters counters) {
        this.articles = articles;
        this.settings = settings;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, Extracted> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(Topics.ARTICLES);
        Article article;
        List<Claim> claims;
        try {
            if (record.value() == null) throw new RejectedArticle("the record has no value (a tombstone); articles must carry an Article");
            article = AvroMapping.article(articles.deserialize(topic, record.headers(), record.value()));
            if (article.body().isBlank()) throw new RejectedArticle("article " + article.id() + " has an empty body");
            if (article.body().length() > settings.maxBodyChars()) {
                throw new RejectedArticle("article " + article.id() + " has a body of " + article.body().length()
                        + " characters, over the limit of " + settings.maxBodyChars());
            }
            claims = extractor.extract(article);
        } catch (RuntimeException | StackOverflowError e) {
            // a regex or a parser that recurses too deep on a hostile text fails that article, not the stream thread
            deadLetter(record, topic, e);
            return;
        }
        LOG.debug("article {} ({}): {} claims", article.id(), article.source(), claims.size());
        counters.articles.incrementAndGet();
        counters.claims.addAndGet(claims.size());
        for (Claim claim : claims) {
            context.forward(record.withKey(claim.eventKey()).withValue(Extracted.of(AvroMapping.claim(claim))));
        }
    }

    private void deadLetter(Record<byte[], byte[]> record, String topic, Throwable e) {
        counters.deadLetters.incrementAndGet();
        RecordMetadata meta = context.recordMetadata().orElse(null);
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        byte[] value = record.value();
        if (value != null && value.length > settings.maxDeadLetterValueBytes()) {
            reason += " (the dead letter keeps the first " + settings.maxDeadLetterValueBytes() + " of the value's " + value.length + " bytes)";
            value = Arrays.copyOf(value, settings.maxDeadLetterValueBytes());
        }
        LOG.warn("record {}-{}@{} goes to {}: {}", topic, meta == null ? -1 : meta.partition(), meta == null ? -1 : meta.offset(),
                Topics.DEAD_LETTERS, reason);
        DeadLetter letter = DeadLetter.newBuilder()
                .setTopic(topic)
                .setPartition(meta == null ? -1 : meta.partition())
                .setOffset(meta == null ? -1 : meta.offset())
                .setKey(record.key() == null ? null : ByteBuffer.wrap(record.key()))
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setErrorClass(e instanceof RejectedArticle ? "RejectedArticle" : e.getClass().getName())
                .setReason(reason)
                .setFailedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
                .build();
        context.forward(new Record<>((String) null, Extracted.rejected(letter), record.timestamp(), record.headers()));
    }

    /** An article that decodes but cannot be read: empty, or too large. */
    private static final class RejectedArticle extends RuntimeException {
        RejectedArticle(String message) {
            super(message);
        }
    }
}
