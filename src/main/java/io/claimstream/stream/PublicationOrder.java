package io.claimstream.stream;

import io.claimstream.avro.Claim;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the claims of a `claims` partition on in publication order, whichever input partition they came from.
 * <p>
 * Comparing is order-dependent (a claim is judged against what earlier sources said), and `analyze` takes articles in
 * publication order. With one input partition, claims arrive in that order. With several, the extraction tasks run
 * at their own pace and their claims interleave as they happen to: the same corpus would give other verdicts on
 * every run. So claims wait in {@value #PENDING}, ordered by (publication time, article, claim), until every input
 * partition has promised, by a {@link Watermark}, that nothing published earlier will come from it; then they go on in
 * that order, and the verdicts are analyze's, however the work was spread or interrupted. A quiet input partition (one
 * read to its end) holds no one up. A claim that arrives after its time was passed (an input partition not in
 * publication order, or a quiet one that woke with articles older than the others') is late: it goes on at once, as it
 * would without this step.
 */
final class PublicationOrder implements Processor<String, Claim, String, Claim> {
    static final String PENDING = "claims-pending";
    static final String WATERMARKS = "input-watermarks";
    /** A claim's place among its article's claims, in the order extraction made them: the order analyze judges them in. */
    static final String POSITION_HEADER = "claimstream-position";
    private static final String SEP = "\u0000", LAST = "\uffff";
    private static final Logger log = LoggerFactory.getLogger(PublicationOrder.class);

    private final int inputPartitions;
    private final StreamCounters counters;
    /** Claims in this task's store: added to the process's count, and taken off it when the task closes. */
    private long held;
    private ProcessorContext<String, Claim> context;
    private KeyValueStore<String, Claim> pending;
    private KeyValueStore<Integer, String> watermarks;
    /** Every claim published before this has been handed on (see {@link #frontier()}). */
    private long releasedBefore = Long.MIN_VALUE;
    /** The latest publication time of a claim this task has held: when every input partition is quiet, all go on. */
    private long latestHeld = Long.MIN_VALUE;
    private long late;

    PublicationOrder(int inputPartitions, StreamCounters counters) {
        this.inputPartitions = inputPartitions;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<String, Claim> context) {
        this.context = context;
        this.pending = context.getStateStore(PENDING);
        this.watermarks = context.getStateStore(WATERMARKS);
        try (KeyValueIterator<String, Claim> it = pending.all()) {
            while (it.hasNext()) {
                latestHeld = Math.max(latestHeld, it.next().value.getPublishedAt().toEpochMilli());
                hold(1);
            }
        }
        releasedBefore = frontier();
    }

    @Override
    public void close() {
        counters.pendingClaims.addAndGet(-held);
        held = 0;
    }

    @Override
    public void process(Record<String, Claim> record) {
        Optional<Watermark> watermark = Watermark.in(record.headers());
        if (watermark.isPresent()) {
            Watermark w = watermark.get();
            Optional<Watermark> known = stored(w.inputPartition());
            if (known.isEmpty() || known.get().quiet() != w.quiet() || w.before() > known.get().before()) {
                watermarks.put(w.inputPartition(), w.text());
            }
            release(frontier());
            return;
        }
        if (record.value() == null) return;
        long published = record.value().getPublishedAt().toEpochMilli();
        if (inputPartitions <= 1 || published < releasedBefore) {
            if (inputPartitions > 1) {
                counters.lateClaims.incrementAndGet();
                if (++late % 1_000 == 1) {
                    log.info("claim {} published {} arrived after its input partitions had moved past it; handed on at once ({} late in this task)",
                            record.value().getClaimId(), record.value().getPublishedAt(), late);
                }
            }
            context.forward(record);
            return;
        }
        String key = pendingKey(published, record);
        latestHeld = Math.max(latestHeld, published);
        if (pending.get(key) == null) hold(1);
        pending.put(key, record.value());
    }

    /** Hands on, in order, every claim waiting that was published before {@code before}. */
    private void release(long before) {
        if (before <= releasedBefore) return;
        releasedBefore = before;
        List<String> done = new ArrayList<>();
        try (KeyValueIterator<String, Claim> it = pending.range(null, order(before - 1) + LAST)) {
            while (it.hasNext()) {
                KeyValue<String, Claim> kv = it.next();
                // read from the end: an article id from a producer may hold any character, an event key (ours) does not
                int keyAt = kv.key.lastIndexOf(SEP), timestampAt = kv.key.lastIndexOf(SEP, keyAt - 1);
                long timestamp = Long.parseLong(kv.key.substring(timestampAt + 1, keyAt));
                context.forward(new Record<>(kv.key.substring(keyAt + 1), kv.value, timestamp));
                done.add(kv.key);
            }
        }
        done.forEach(pending::delete);
        hold(-done.size());
    }

    private void hold(long claims) {
        held += claims;
        counters.pendingClaims.addAndGet(claims);
    }

    /**
     * Before when every claim is in: the least watermark of the input partitions that are not quiet; or, when all are,
     * past every claim held and every watermark, since each has read everything (after a restart with nothing new to
     * read, their watermarks know nothing, and the claims held before it must still go on); none until each has sent one.
     */
    private long frontier() {
        long leastActive = Long.MAX_VALUE, greatest = Long.MIN_VALUE;
        for (int p = 0; p < inputPartitions; p++) {
            Optional<Watermark> w = stored(p);
            if (w.isEmpty()) return Long.MIN_VALUE;
            greatest = Math.max(greatest, w.get().before());
            if (!w.get().quiet()) leastActive = Math.min(leastActive, w.get().before());
        }
        if (leastActive != Long.MAX_VALUE) return leastActive;
        return latestHeld == Long.MIN_VALUE ? greatest : Math.max(greatest, latestHeld + 1);
    }

    private Optional<Watermark> stored(int inputPartition) {
        return Watermark.parse(watermarks.get(inputPartition));
    }

    static Headers position(int index) {
        return new RecordHeaders().add(POSITION_HEADER, Integer.toString(index).getBytes(StandardCharsets.US_ASCII));
    }

    private static int position(Headers headers) {
        Header h = headers.lastHeader(POSITION_HEADER);
        try {
            return h == null || h.value() == null ? 0 : Integer.parseInt(new String(h.value(), StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Publication time, article and position in it first, so that claims go on in analyze's order; then what the
     * record needs again: its timestamp (the verdict's detection time) and its key.
     */
    private static String pendingKey(long published, Record<String, Claim> record) {
        return order(published) + SEP + record.value().getArticleId() + SEP + String.format("%08d", position(record.headers()))
                + SEP + record.value().getClaimId() + SEP + record.timestamp() + SEP + record.key();
    }

    /** Fixed-width and sign-flipped, so that times before 1970 sort before those after. */
    private static String order(long epochMs) {
        return String.format("%016x", epochMs ^ Long.MIN_VALUE);
    }
}
