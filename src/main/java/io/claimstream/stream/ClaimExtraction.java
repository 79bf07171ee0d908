package io.claimstream.stream;

import io.claimstream.article.Article;
import io.claimstream.avro.DeadLetter;
import io.claimstream.claim.Claim;
import io.claimstream.claim.ClaimExtractor;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.PunctuationType;
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
 * <p>
 * When `articles` has several partitions, it also says how far its partition has come, after an article and every
 * {@link #PROMISE_EVERY}: a {@link Watermark} of the latest publication time read, since articles come in
 * publication order; and, when the partition has nothing more to read, that it is quiet, so that it holds no one up
 * (PublicationOrder).
 */
final class ClaimExtraction implements Processor<byte[], byte[], String, Extracted> {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimExtraction.class);
    /**
     * After an article, a watermark goes out at once unless one went out this recently; the articles read since are
     * promised at the next tick. So a partition's word on how far it has come is at most this far behind its reading,
     * and it writes at most 50 watermarks a second.
     */
    static final Duration PROMISE_EVERY = Duration.ofMillis(20);
    /** A partition the consumer has read to its end, with no record for this long, is quiet rather than behind. */
    static final Duration QUIET_AFTER = Duration.ofSeconds(5);
    /** Where the consumer does not say how far behind a partition is (a test driver), no record for this long is quiet. */
    static final Duration QUIET_UNMEASURED_AFTER = Duration.ofSeconds(30);

    private final Deserializer<io.claimstream.avro.Article> articles;
    private final ClaimStreamSettings settings;
    private final StreamCounters counters;
    private final InputLag inputLag;
    private final ClaimExtractor extractor = new ClaimExtractor();
    private ProcessorContext<String, Extracted> context;
    private long latestPublished = Long.MIN_VALUE, promised = Long.MIN_VALUE, lastRecordAt, promisedAt;
    private boolean promisedQuiet;

    ClaimExtraction(Deserializer<io.claimstream.avro.Article> articles, ClaimStreamSettings settings, StreamCounters counters,
                    InputLag inputLag) {
        this.articles = articles;
        this.settings = settings;
        this.counters = counters;
        this.inputLag = inputLag;
    }

    @Override
    public void init(ProcessorContext<String, Extracted> context) {
        this.context = context;
        lastRecordAt = context.currentSystemTimeMs();
        if (settings.articlePartitions() > 1) context.schedule(PROMISE_EVERY, PunctuationType.WALL_CLOCK_TIME, this::promise);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        lastRecordAt = context.currentSystemTimeMs();
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
        long published = article.publishedAt().toEpochMilli();
        // awake, said before the claims go out: a partition last known quiet (or not heard from since this task started)
        // must not have its new claims taken for ones it had sent before it went quiet (PublicationOrder#frontier)
        if (settings.articlePartitions() > 1 && !claims.isEmpty() && (promisedQuiet || promised == Long.MIN_VALUE)) {
            sendWatermark(lastRecordAt, published, false);
        }
        latestPublished = Math.max(latestPublished, published);
        LOG.debug("article {} ({}): {} claims", article.id(), article.source(), claims.size());
        counters.articles.incrementAndGet();
        counters.claims.addAndGet(claims.size());
        // the article's own headers stay behind: a producer's header must not pass for one of ours downstream
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            context.forward(new Record<>(claim.eventKey(), Extracted.of(AvroMapping.claim(claim)), record.timestamp(), PublicationOrder.position(i)));
        }
        // promised with the article's claims, in their transaction, so that the claims waiting on it go on at once
        if (settings.articlePartitions() > 1 && lastRecordAt - promisedAt >= PROMISE_EVERY.toMillis()) promise(lastRecordAt);
    }

    /**
     * Everything published up to the latest article read has been read. A quiet partition says so once (it has read
     * every article, so nothing at or before its latest will come) and is asked the consumer's lag only while it might
     * be turning quiet: an idle app writes and computes little.
     */
    private void promise(long now) {
        boolean quiet = now - lastRecordAt >= QUIET_AFTER.toMillis() && (promisedQuiet || quiet(now));
        long before = quiet && latestPublished != Long.MIN_VALUE ? latestPublished + 1 : latestPublished;
        if (before > promised || quiet != promisedQuiet) sendWatermark(now, before, quiet);
    }

    private void sendWatermark(long now, long before, boolean quiet) {
        promised = before;
        promisedQuiet = quiet;
        promisedAt = now;
        context.forward(new Record<>(null, Extracted.WATERMARK, now, new Watermark(context.taskId().partition(), before, quiet).headers()));
    }

    /** Read to its end, by the consumer's measure; or, where it does not measure, no record for long. */
    private boolean quiet(long now) {
        OptionalDouble lag = inputLag.of(context.taskId().partition());
        return lag.isPresent() ? lag.getAsDouble() == 0 : now - lastRecordAt >= QUIET_UNMEASURED_AFTER.toMillis();
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
