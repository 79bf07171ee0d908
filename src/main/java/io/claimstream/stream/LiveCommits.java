package io.claimstream.stream;

import java.util.OptionalDouble;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * Commits as often as the input calls for. A task that has read its input partition to the end (a live feed) asks
 * for a commit at most every {@value #LIVE_EVERY_MS} ms, so that its verdicts are readable soon after their article
 * is published; a task behind (a backlog, a replay) leaves commits to `commit.interval.ms` (100 ms by default), so
 * that each exactly-once transaction carries more records: on a day of news dense in claims, 16 % more articles a
 * second than at 25 ms. Where the lag is not measured (a test driver), nothing is asked.
 */
final class LiveCommits {
    static final long LIVE_EVERY_MS = 25;
    /** Records not yet fetched that still count as keeping up: a fraction of a second of work. */
    private static final double LIVE_LAG = 50;

    private final InputLag inputLag;
    private final String topic;
    private long nextCheckAt = Long.MIN_VALUE;

    LiveCommits(InputLag inputLag, String topic) {
        this.inputLag = inputLag;
        this.topic = topic;
    }

    /** Call once per record: asks the consumer's lag (a scan of the metrics) at most every {@value #LIVE_EVERY_MS} ms. */
    void onRecord(ProcessorContext<?, ?> context) {
        long now = context.currentSystemTimeMs();
        if (now < nextCheckAt) return;
        nextCheckAt = now + LIVE_EVERY_MS;
        OptionalDouble lag = inputLag.of(topic, context.taskId().partition());
        if (lag.isPresent() && lag.getAsDouble() <= LIVE_LAG) context.commit();
    }
}
