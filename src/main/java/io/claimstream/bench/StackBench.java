package io.claimstream.bench;

import io.claimstream.article.Article;
import io.claimstream.embedded.ApicurioRegistry;
import io.claimstream.embedded.EmbeddedKafka;
import io.claimstream.registry.HttpSchemaRegistry;
import io.claimstream.registry.SchemaRegistry;
import io.claimstream.stream.ArticlePublisher;
import io.claimstream.stream.ClaimStreamApp;
import io.claimstream.stream.ClaimStreamSettings;
import io.claimstream.stream.StreamsProperties;
import io.claimstream.stream.TopicSetup;
import io.claimstream.stream.Topics;
import io.claimstream.stream.VerdictConsumer;
import io.claimstream.verdict.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The whole product on the embedded stack (in-JVM KRaft broker, Apicurio child process), against a passthrough
 * topology on the same broker with the same serdes and settings, and against claim extraction alone (no Kafka) on as
 * many threads. A day's articles are published to `articles` first;
 * then each application replays that backlog as fast as it can (articles/s: from its start until everything it read
 * is committed). The claim processor then takes the rest of the day at a fixed offered rate, for the latency from
 * an article's publication to its verdicts being readable (read_committed). Every verdict of the run is scored
 * against what the generator planted.
 */
public final class StackBench {
    private static final String PASSTHROUGH_OUT = "bench-passthrough-out";
    private static final String APP_ID = "claimstream-bench";

    /**
     * @param latencyArticles articles kept back from the backlog and published at {@code latencyRate} a second
     */
    public record Options(int partitions, int threads, int instances, int passthroughRounds, double latencyRate,
                          int latencyArticles, Path workDir, Map<String, String> streamsSettings) {
    }

    private final Options options;
    private final PrintStream out;

    public StackBench(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs a day (whose articles are written as they are read): the bench holds no more of its text than the paced
     * articles and, until extraction alone is measured on it, a sample, so that the heap the product is measured in
     * holds the product, not a day of the bench's text.
     */
    public ContradictionScore run(SyntheticDay.Day day) throws Exception {
        int dayArticles = day.articles().size();
        int latencyCount = Math.min(options.latencyArticles(), dayArticles / 2);
        List<Article> paced = List.copyOf(day.articles().subList(dayArticles - latencyCount, dayArticles));
        List<SyntheticDay.PlantedEvent> events = day.events();
        Files.createDirectories(options.workDir());
        try (EmbeddedKafka kafka = EmbeddedKafka.start(options.workDir().resolve("kafka"), 0, 0);
             ApicurioRegistry registryProcess = ApicurioRegistry.start(ApicurioRegistry.defaultHome(), 0,
                     options.workDir().resolve("registry.log"));
             HttpSchemaRegistry registry = new HttpSchemaRegistry(registryProcess.ccompatUrl())) {
            Properties client = new Properties();
            client.setProperty("bootstrap.servers", kafka.bootstrapServers());
            Topics.registerSchemas(registry);
            TopicSetup.ensureTopics(client, TopicSetup.Layout.of(options.partitions(), 1));

            int backlog = dayArticles - latencyCount;
            List<Article> sample = List.copyOf(day.articles().subList(0, Math.min(ExtractionCeiling.SAMPLE, backlog)));
            publishBacklog(day.articles().subList(0, backlog), client, registry, paced.size());
            References reference = references(client, registry, backlog, sample);
            sample = null;
            double ceiling = reference.passthrough();

            ContradictionScore score = new ContradictionScore(events);
            VerdictWatch watch = new VerdictWatch(client, registry, score);
            List<ClaimStreamApp> apps = new ArrayList<>();
            try {
                long appStarted = System.nanoTime();
                for (int i = 0; i < options.instances(); i++) apps.add(startApp(client, registry, i));
                awaitDone(client, apps);
                double seconds = (System.nanoTime() - appStarted) / 1e9;
                long claims = countRecords(client, Topics.CLAIMS);
                long verdicts = watch.verdicts.get();
                double rate = backlog / seconds;
                long lateInBacklog = late(apps);
                out.printf("claimstream (%d instance(s) x %d stream thread(s), %d partitions): %d articles in %.1f s = %.0f articles/s,"
                                + " %.0f claims/s, %.0f verdicts/s; %.0f%% of the passthrough, %.0f%% of extraction alone; %d claims late%n",
                        options.instances(), options.threads(), options.partitions(), backlog, seconds, rate,
                        claims / seconds, verdicts / seconds, 100 * rate / ceiling, 100 * rate / reference.extractionAlone(), lateInBacklog);

                if (!paced.isEmpty()) {
                    publish(paced, client, registry, options.latencyRate(), watch.sentAt);
                    awaitDone(client, apps);
                    Thread.sleep(1000);
                    List<Long> latencies = watch.latenciesMs();
                    out.printf("latency, publication -> verdict readable, at %.0f articles/s offered (%d articles, %d verdicts):"
                                    + " p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; %d claims late%n",
                            options.latencyRate(), paced.size(), latencies.size(), pct(latencies, 50), pct(latencies, 95),
                            pct(latencies, 99), latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1), late(apps) - lateInBacklog);
                }
                Thread.sleep(1000);
                Runtime rt = Runtime.getRuntime();
                ProcessMemory self = ProcessMemory.of("self");
                ProcessMemory registryMemory = ProcessMemory.of(String.valueOf(registryProcess.pid()));
                out.printf("memory: heap used %d MB of %d MB max; RSS app+broker %d MB (peak %d MB), registry %d MB (peak %d MB)%n",
                        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, self.rssMb(), self.peakRssMb(),
                        registryMemory.rssMb(), registryMemory.peakRssMb());
                out.printf("state stores on disk: %d KB under %s (its RocksDB stores)%n",
                        sizeOf(options.workDir().resolve("state")) / 1024, options.workDir().resolve("state"));
            } finally {
                for (ClaimStreamApp app : apps) app.close();
                watch.close();
            }
            out.printf("contradictions: %d planted, %d found (recall %.1f%%); %d false alarms (%.2f per 1,000 articles); %d agreements%n",
                    score.planted(), score.found(), 100 * score.recall(), score.falseAlarms(),
                    1000.0 * score.falseAlarms() / dayArticles, watch.agreements.get());
            return score;
        }
    }

    /** Articles/s of the two reference points: the passthrough topology (median of its rounds) and extraction alone. */
    private record References(double passthrough, double extractionAlone) {
    }

    private void publishBacklog(List<Article> backlog, Properties client, SchemaRegistry registry, int heldBack) throws Exception {
        long started = System.nanoTime();
        publish(backlog, client, registry, 0, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("published %d articles to articles in %.1f s (%.0f articles/s; %d held back for the latency run)%n",
                backlog.size(), seconds, backlog.size() / seconds, heldBack);
    }

    /** The passthrough over the backlog in `articles`, and extraction alone over a sample of it. */
    private References references(Properties client, SchemaRegistry registry, int backlog, List<Article> sample) throws Exception {
        List<Double> passthrough = new ArrayList<>();
        for (int round = 0; round < options.passthroughRounds(); round++) {
            passthrough.add(passthrough(client, registry, backlog, round));
        }
        Collections.sort(passthrough);
        double ceiling = passthrough.get(passthrough.size() / 2);
        out.printf("passthrough (articles -> %s, same serdes and settings): median %.0f articles/s over %d rounds %s%n",
                PASSTHROUGH_OUT, ceiling, passthrough.size(), rounded(passthrough));

        int threads = options.threads() * options.instances();
        double extractionAlone = ExtractionCeiling.measure(sample, threads);
        out.printf("extraction alone (no Kafka, %d thread(s), %d articles, median of %d rounds): %.0f articles/s, %.0f%% of the passthrough:"
                        + " no topology that extracts claims goes faster here%n", threads, sample.size(), ExtractionCeiling.ROUNDS, extractionAlone,
                100 * extractionAlone / ceiling);
        return new References(ceiling, extractionAlone);
    }

    private ClaimStreamApp startApp(Properties client, SchemaRegistry registry, int instance) {
        Properties props = StreamsProperties.base(APP_ID, client.getProperty("bootstrap.servers"),
                options.workDir().resolve("state").resolve("instance-" + instance).toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, options.threads());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.putAll(options.streamsSettings());
        return ClaimStreamApp.start(props, registry, TopicSetup.Layout.of(options.partitions(), 1), ClaimStreamSettings.DEFAULTS,
                Duration.ofSeconds(60));
    }

    /** One replay of the backlog through articles -> one output topic; returns articles/s. */
    private double passthrough(Properties client, SchemaRegistry registry, int expected, int round) throws Exception {
        String output = PASSTHROUGH_OUT + "-" + round;
        // as the product's topics: records carry 2024 publication times, which time-based retention would delete
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(output, options.partitions(), (short) 1).configs(Map.of("retention.ms", "-1")))).all().get(30, TimeUnit.SECONDS);
        }
        Topics topics = new Topics(registry);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.ARTICLES, Consumed.with(Serdes.String(), topics.articles.valueSerde()))
                .to(output, Produced.with(Serdes.String(), topics.articles.valueSerde()));
        Properties props = StreamsProperties.base("bench-passthrough-" + round, client.getProperty("bootstrap.servers"),
                options.workDir().resolve("passthrough-state").toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, options.threads());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.putAll(options.streamsSettings());
        long started = System.nanoTime();
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
            streams.start();
            awaitCaughtUp(client, "bench-passthrough-" + round, List.of(Topics.ARTICLES));
            double seconds = (System.nanoTime() - started) / 1e9;
            // the commit markers reach the offsets and the output partitions one after the other: allow a moment
            long written = countRecords(client, output);
            for (int retry = 0; retry < 20 && written != expected; retry++) {
                Thread.sleep(500);
                written = countRecords(client, output);
            }
            if (written != expected) {
                out.printf("passthrough round %d: %d of %d articles readable in %s (read_committed) after it committed all input%n",
                        round, written, expected, output);
            }
            return expected / seconds;
        }
    }

    private static void publish(List<Article> articles, Properties client, SchemaRegistry registry, double rate,
                                Map<String, Long> sentAt) throws Exception {
        long started = System.nanoTime();
        try (ArticlePublisher publisher = new ArticlePublisher(client, registry)) {
            int sent = 0;
            for (Article article : articles) {
                if (rate > 0) {
                    long wait = started + (long) (sent * 1e9 / rate) - System.nanoTime();
                    if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (sentAt != null) sentAt.put(article.id(), System.nanoTime());
                publisher.publish(article);
                sent++;
            }
            publisher.flush();
        }
    }

    /** Claims compared out of publication order so far, by all instances: none, for a backlog replayed in publication order. */
    private static long late(List<ClaimStreamApp> apps) {
        return apps.stream().mapToLong(ClaimStreamApp::lateClaims).sum();
    }

    /**
     * Waits until the application has judged every claim: no claim waits to be put in publication order, and every
     * record of `articles` and `claims` is committed (and with it the verdicts of the claims released last).
     */
    private static void awaitDone(Properties client, List<ClaimStreamApp> apps) throws Exception {
        awaitCaughtUp(client, APP_ID, List.of(Topics.ARTICLES, Topics.CLAIMS));
        while (apps.stream().mapToLong(ClaimStreamApp::pendingClaims).sum() > 0) Thread.sleep(100);
        awaitCaughtUp(client, APP_ID, List.of(Topics.ARTICLES, Topics.CLAIMS));
    }

    /**
     * Waits until the application has committed every record of its input topics: its committed offsets reach
     * the end of each partition (for a topic written in transactions, the end less the commit marker).
     */
    private static void awaitCaughtUp(Properties client, String applicationId, List<String> inputs) throws Exception {
        try (Admin admin = Admin.create(client)) {
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
                for (var d : admin.describeTopics(inputs).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                    d.partitions().forEach(p -> ask.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
                }
                var ends = admin.listOffsets(ask, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(30, TimeUnit.SECONDS);
                boolean done = true;
                for (var e : ends.entrySet()) {
                    long end = e.getValue().offset();
                    OffsetAndMetadata c = committed.get(e.getKey());
                    long at = c == null ? 0 : c.offset();
                    boolean transactional = e.getKey().topic().equals(Topics.CLAIMS);
                    if (end > 0 && at < end - (transactional ? 1 : 0)) done = false;
                }
                if (done) return;
                Thread.sleep(100);
            }
        }
    }

    /** Records with a value: on `claims`, the claims and not the watermarks. */
    private static long countRecords(Properties client, String topic) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long n = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                // records with no value on `claims` are watermarks, not claims
                for (var r : consumer.poll(Duration.ofMillis(200))) if (r.value() != null) n++;
            }
            return n;
        }
    }

    private static long sizeOf(Path dir) {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return -1;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.valueOf(Math.round(v))).toList().toString();
    }

    /** Reads every committed verdict of the run, scores contradictions, and times verdicts of articles it was told about. */
    private static final class VerdictWatch implements AutoCloseable {
        final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        final AtomicLong verdicts = new AtomicLong();
        final AtomicLong agreements = new AtomicLong();
        private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        private final VerdictConsumer consumer;
        private final Thread thread;
        private final CountDownLatch stopped = new CountDownLatch(1);

        VerdictWatch(Properties client, SchemaRegistry registry, ContradictionScore score) {
            consumer = new VerdictConsumer(client, registry, List.of(Topics.CONFLICTS, Topics.AGREEMENTS), true);
            thread = new Thread(() -> {
                consumer.forEach(v -> {
                    long now = System.nanoTime();
                    verdicts.incrementAndGet();
                    Long sent = sentAt.get(v.claim().articleId());
                    if (sent != null) latencies.add((now - sent) / 1_000_000);
                    if (v.verdict() == Verdict.Kind.CONTRADICTION) {
                        List<String> ids = new ArrayList<>();
                        ids.add(v.claim().articleId());
                        v.others().forEach(o -> ids.add(o.articleId()));
                        synchronized (score) {
                            score.contradiction(v.attribute(), ids);
                        }
                    } else {
                        agreements.incrementAndGet();
                    }
                });
                stopped.countDown();
            }, "bench-verdicts");
            thread.setDaemon(true);
            thread.start();
        }

        List<Long> latenciesMs() {
            synchronized (latencies) {
                List<Long> copy = new ArrayList<>(latencies);
                Collections.sort(copy);
                return copy;
            }
        }

        /** Stops once no verdict has come for a second: the ones already committed have then been read. */
        @Override
        public void close() throws InterruptedException {
            for (long seen = -1; seen != verdicts.get(); Thread.sleep(1000)) seen = verdicts.get();
            consumer.wakeup();
            stopped.await(10, TimeUnit.SECONDS);
            consumer.close();
        }
    }
}
