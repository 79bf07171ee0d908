package io.claimstream.web;

import io.claimstream.registry.SchemaRegistry;
import io.claimstream.stream.Topics;
import io.claimstream.stream.VerdictConsumer;
import io.claimstream.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The committed verdicts, as the dashboard's live feed shows them: read from `claim-conflicts` and
 * `claim-agreements` (at most the latest {@code capacity} of each partition at start, then all that come),
 * numbered in the order they arrive here, the latest {@code capacity} kept. A client says what it has seen with a {@link Cursor}; a cursor of an earlier run of this server (its
 * numbering differs) gets everything kept.
 */
final class VerdictFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VerdictFeed.class);

    record Item(Cursor cursor, Verdict verdict, Instant received) {
    }

    /** What a client has seen: the feed's run and the number of the last item. */
    record Cursor(String run, long seq) {
        static Cursor parse(String text) {
            int dot = text.indexOf('.');
            try {
                if (dot > 0) return new Cursor(text.substring(0, dot), Long.parseLong(text.substring(dot + 1)));
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new BadRequestException("'" + QueryParameters.shorten(text) + "' is not a feed cursor: use the `next` of a previous answer, or leave it out");
        }

        @Override
        public String toString() {
            return run + "." + seq;
        }
    }

    record Page(List<Item> items, Cursor next) {
    }

    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final int capacity;
    private final ArrayDeque<Item> kept = new ArrayDeque<>();
    private long seq;
    private long contradictions;
    private long agreements;
    private boolean closed;
    private Thread reader;
    private VerdictConsumer consumer;

    VerdictFeed(int capacity) {
        this.capacity = capacity;
    }

    /** Starts reading the verdict topics on a thread of its own. */
    static VerdictFeed start(Properties clientProps, SchemaRegistry registry, int capacity) {
        VerdictFeed feed = new VerdictFeed(capacity);
        feed.consumer = new VerdictConsumer(clientProps, registry, List.of(Topics.CONFLICTS, Topics.AGREEMENTS), true);
        feed.consumer.startFromLatest(capacity);
        feed.reader = new Thread(() -> {
            try {
                feed.consumer.forEach(feed::add);
            } catch (RuntimeException e) {
                LOG.error("the verdict feed stopped reading: {}", e.toString());
            }
        }, "verdict-feed");
        feed.reader.setDaemon(true);
        feed.reader.start();
        return feed;
    }

    synchronized void add(Verdict verdict) {
        seq++;
        if (verdict.verdict() == Verdict.Kind.CONTRADICTION) contradictions++;
        else agreements++;
        kept.addLast(new Item(new Cursor(run, seq), verdict, Instant.now()));
        if (kept.size() > capacity) kept.removeFirst();
        notifyAll();
    }

    /** The items after {@code after} (all kept when null or of another run), oldest first, at most {@code limit}. */
    synchronized Page after(Cursor after, boolean withAgreements, int limit) {
        long from = after != null && after.run().equals(run) ? after.seq() : 0;
        List<Item> items = new ArrayList<>();
        long last = from;
        for (Item item : kept) {
            if (item.cursor().seq() <= from) continue;
            if (items.size() == limit) break;
            last = item.cursor().seq();
            if (withAgreements || item.verdict().verdict() == Verdict.Kind.CONTRADICTION) items.add(item);
        }
        if (items.size() < limit) last = Math.max(last, seq);
        return new Page(items, new Cursor(run, last));
    }

    /** As {@link #after}, but waits up to {@code wait} for something new when there is nothing yet. */
    synchronized Page await(Cursor after, boolean withAgreements, int limit, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Page page = after(after, withAgreements, limit);
        while (page.items().isEmpty() && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) break;
            wait(Math.max(1, left / 1_000_000));
            page = after(page.next(), withAgreements, limit);
        }
        return page;
    }

    synchronized long contradictions() {
        return contradictions;
    }

    synchronized long agreements() {
        return agreements;
    }

    synchronized boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        if (consumer != null) {
            consumer.wakeup();
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            consumer.close();
        }
    }
}
