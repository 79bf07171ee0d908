package io.claimstream.stream;

import io.claimstream.registry.SchemaRegistry;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Metric;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claim topology running as a Kafka Streams application against a real cluster: topics created when
 * missing, a thread that dies replaced, a summary line every minute, and a clean close.
 */
public final class ClaimStreamApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimStreamApp.class);
    private static final Duration SUMMARY_EVERY = Duration.ofMinutes(1);

    private final KafkaStreams streams;
    private final String applicationServer;
    private final StreamCounters counters = new StreamCounters();
    private final ScheduledExecutorService summary = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "claimstream-summary");
        t.setDaemon(true);
        return t;
    });

    private ClaimStreamApp(Properties streamsProps, SchemaRegistry registry, ClaimStreamSettings settings) {
        InputLag inputLag = new InputLag();
        streams = new KafkaStreams(ClaimTopology.build(new Topics(registry), settings, counters, inputLag), streamsProps);
        inputLag.measuredBy(streams);
        applicationServer = streamsProps.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG, "");
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed, replacing it: {}", e.toString());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    /**
     * Starts the application and waits until it runs.
     *
     * @param streamsProps Kafka Streams and client settings, bootstrap servers included
     */
    public static ClaimStreamApp start(Properties streamsProps, SchemaRegistry registry, TopicSetup.Layout layout,
                                       ClaimStreamSettings settings, Duration startTimeout) {
        TopicSetup.awaitCluster(streamsProps, Duration.ofSeconds(20));
        TopicSetup.ensureTopics(streamsProps, layout);
        int articlePartitions = TopicSetup.partitionsOf(streamsProps, Topics.ARTICLES);
        if (articlePartitions > 1) LOG.info("{} has {} partitions: claims are put back in publication order", Topics.ARTICLES, articlePartitions);
        ClaimStreamApp app = new ClaimStreamApp(streamsProps, registry, settings.withArticlePartitions(articlePartitions));
        CountDownLatch running = new CountDownLatch(1);
        app.streams.setStateListener((now, before) -> {
            LOG.info("streams {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) running.countDown();
        });
        app.streams.start();
        try {
            if (!running.await(startTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("streams not RUNNING after {} s (state {}); going on", startTimeout.toSeconds(), app.streams.state());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.summary.scheduleAtFixedRate(app::logSummary, SUMMARY_EVERY.toSeconds(), SUMMARY_EVERY.toSeconds(), TimeUnit.SECONDS);
        return app;
    }

    /** Queries over the events this application holds; needs `application.server`, the address of this instance's API. */
    public EventQueries events() {
        if (applicationServer.isEmpty()) throw new IllegalStateException("application.server is not set: this instance has no address to query it at");
        return new EventQueries(streams, HostInfo.buildFromEndpoint(applicationServer));
    }

    /** Claims this process holds back until every partition of `articles` has passed them (PublicationOrder). */
    public long pendingClaims() {
        return counters.pendingClaims.get();
    }

    /** Claims this process compared out of publication order, because they came after their time was passed (PublicationOrder). */
    public long lateClaims() {
        return counters.lateClaims();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    private void logSummary() {
        LOG.info("summary: {} articles, {} dead letters, {} claims ({} late, compared out of publication order), {} contradictions,"
                        + " {} agreements, consumer lag {}", counters.articles(), counters.deadLetters(), counters.claims(),
                counters.lateClaims(), counters.contradictions(), counters.agreements(), maxLag());
    }

    /** The largest consumer lag of any of the application's partitions, as Kafka's consumer reports it. */
    private long maxLag() {
        double max = 0;
        for (Metric m : streams.metrics().values()) {
            if (m.metricName().name().equals("records-lag-max") && m.metricValue() instanceof Double d && !d.isNaN()) {
                max = Math.max(max, d);
            }
        }
        return (long) max;
    }

    @Override
    public void close() {
        summary.shutdownNow();
        streams.close(Duration.ofSeconds(30));
        logSummary();
    }
}
