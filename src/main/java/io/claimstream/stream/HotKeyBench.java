package io.claimstream.stream;

import io.claimstream.claim.Claim;
import io.claimstream.verdict.AttributeReports;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What one more claim costs the comparison step when its event key already holds many: claims go straight
 * into the topology's comparison processor, over its RocksDB stores and serdes (no broker, no changelog), all
 * under one key, and the time per claim is taken over the last claims before each size. Two shapes of hot key: a war (one key,
 * many attacks in many towns, reported every day) and an election (one key, one event, reported by everyone).
 */
public final class HotKeyBench {
    /** Claims timed before each size, to smooth out compactions and garbage collection. */
    private static final int BLOCK = 500;
    private static final int TOWNS = 40;
    private static final int CLAIMS_PER_DAY = 1_000;

    private HotKeyBench() {
    }

    public enum Shape { WAR, ELECTION }

    /** Microseconds per claim at each size, the median of {@code rounds} runs, each in a fresh state directory. */
    public static void run(List<Integer> sizes, int rounds, PrintStream out) {
        int max = Collections.max(sizes);
        for (Shape shape : Shape.values()) {
            measure(shape, sizes, Math.min(max, 20_000), new ArrayList<>());
            List<List<Double>> runs = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                List<Double> micros = new ArrayList<>();
                measure(shape, sizes, max, micros);
                runs.add(micros);
            }
            StringBuilder line = new StringBuilder(String.format("%-9s", shape.name().toLowerCase()));
            double first = 0;
            for (int i = 0; i < sizes.size(); i++) {
                int at = i;
                List<Double> values = runs.stream().map(r -> r.get(at)).sorted().toList();
                double median = values.get(values.size() / 2);
                if (i == 0) first = median;
                line.append(String.format("  %,7d claims: %6.1f µs/claim (%.2fx)", sizes.get(i), median, median / first));
            }
            out.println(line);
        }
    }

    private static void measure(Shape shape, List<Integer> sizes, int max, List<Double> micros) {
        Path stateDir;
        try {
            stateDir = Files.createTempDirectory("claimstream-hotkey-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties props = StreamsProperties.base("claimstream-hotkey-bench", "in-process:9092", stateDir.toString());
        MockProcessorContext<String, Compared> context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir.toFile());
        List<KeyValueStore<String, ?>> stores = List.of(
                ClaimTopology.store(EventComparison.EVENTS, Serdes.ByteArray()).withLoggingDisabled().build(),
                ClaimTopology.store(EventComparison.REPORTS, new StoreSerde<>(AttributeReports.class)).withLoggingDisabled().build(),
                ClaimTopology.store(EventComparison.SEEN, Serdes.String()).withLoggingDisabled().build(),
                ClaimTopology.store(EventComparison.CHANGED, Serdes.String()).withLoggingDisabled().build());
        for (KeyValueStore<String, ?> store : stores) {
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        try {
            EventComparison comparison = new EventComparison(ClaimStreamSettings.DEFAULTS, new StreamCounters());
            comparison.init(context);
            SplittableRandom random = new SplittableRandom(42);
            long started = 0;
            context.setCurrentSystemTimeMs(0);
            for (int n = 0; n < max; n++) {
                if (sizes.contains(n + BLOCK)) started = System.nanoTime();
                io.claimstream.avro.Claim claim = AvroMapping.claim(claim(shape, n, random));
                long at = claim.getPublishedAt().toEpochMilli();
                comparison.process(new Record<>(claim.getEventKey(), claim, at));
                if (n % 1_000 == 999) {
                    // a second of a thousand claims a second: changed events are published
                    context.setCurrentSystemTimeMs(context.currentSystemTimeMs() + EventComparison.PUBLISH_EVERY.toMillis());
                    context.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(context.currentSystemTimeMs()));
                    context.resetForwards();
                }
                if (sizes.contains(n + 1) && n + 1 >= BLOCK) micros.add((System.nanoTime() - started) / 1e3 / BLOCK);
            }
        } finally {
            stores.forEach(KeyValueStore::close);
            try (Stream<Path> files = Files.walk(stateDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory is harmless
            }
        }
    }

    /** The n-th claim of the stream: a thousand a day, from a thousand sources a day. */
    private static Claim claim(Shape shape, int n, SplittableRandom random) {
        Instant published = Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofSeconds(86_400L * n / CLAIMS_PER_DAY));
        String article = "article-" + n;
        if (shape == Shape.ELECTION) {
            String value = random.nextInt(10) == 0 ? "2024-03-17" : "2024-03-10";
            return new Claim("claim-" + n, article, "Source " + n % 300, "election:ruritania", "election in Ruritania",
                    "election", null, "CURRENT", null, null, "date", value, value, "The election is on " + value + ".",
                    0, 30, published, 0.9);
        }
        String town = "Town " + random.nextInt(TOWNS);
        String day = published.minus(Duration.ofDays(random.nextInt(3))).toString().substring(0, 10);
        int deaths = 10 + random.nextInt(4);
        return new Claim("claim-" + n, article, "Source " + n % 300, "attack:ruritania", "attack in Ruritania", "attack",
                null, "CURRENT", town, day, "deaths", String.valueOf(deaths), deaths + " people",
                "The attack in " + town + " killed " + deaths + " people.", 0, 40, published, 0.9);
    }
}
