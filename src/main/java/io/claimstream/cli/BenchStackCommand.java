package io.claimstream.cli;

import io.claimstream.bench.StackBench;
import io.claimstream.bench.SyntheticDay;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stack", mixinStandardHelpOptions = true,
        description = {
                "Generates a day of news (see `bench generate`), starts the embedded stack (Kafka broker in this JVM, Apicurio",
                "child process) in a fresh work folder, publishes the day to `articles`, replays it through a passthrough",
                "topology, measures claim extraction alone on as many threads, replays the day through claimstream as fast as it",
                "can, publishes the articles held back at a fixed rate for latency, and prints throughput (and its ratio to",
                "both reference points), latency percentiles, memory, state store size and the contradictions found",
                "against those planted. Timings depend on the machine and its load."},
        footer = {"", "Example (a full day):", "  java -Xmx1g -jar target/claimstream.jar bench stack --articles 300000"})
final class BenchStackCommand implements Callable<Integer> {
    @Mixin
    DayOptions day;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "2", description = "Partitions of every topic (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--num-stream-threads", paramLabel = "N", defaultValue = "2", description = "Stream threads per instance (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--instances", paramLabel = "N", defaultValue = "1", description = "Application instances in this JVM, one state folder each (default ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--passthrough-rounds", paramLabel = "N", defaultValue = "3", description = "Passthrough replays; the median is reported (default ${DEFAULT-VALUE}).")
    int passthroughRounds;

    @Option(names = "--latency-rate", paramLabel = "N", defaultValue = "100", description = "Offered articles/s of the latency run (default ${DEFAULT-VALUE}).")
    double latencyRate;

    @Option(names = "--latency-articles", paramLabel = "N", defaultValue = "2000", description = "Articles of the day kept for the latency run (default ${DEFAULT-VALUE}).")
    int latencyArticles;

    @Option(names = "--streams-setting", paramLabel = "KEY=VALUE",
            description = "A Kafka Streams or client setting for both the passthrough and claimstream, e.g. commit.interval.ms=200 (repeatable).")
    java.util.Map<String, String> streamsSettings = new java.util.LinkedHashMap<>();

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the broker, registry log and state go (default: a new temporary folder).")
    Path workDir;

    private final PrintStream out;

    BenchStackCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (partitions < 1 || threads < 1 || instances < 1 || passthroughRounds < 1) {
            throw new CliException("--partitions, --num-stream-threads, --instances and --passthrough-rounds must be at least 1");
        }
        Path work = workDir != null ? workDir : Files.createTempDirectory("claimstream-bench");
        new StackBench(new StackBench.Options(partitions, threads, instances, passthroughRounds, latencyRate, latencyArticles, work, streamsSettings), out)
                .run(generate());
        return 0;
    }

    private SyntheticDay.Day generate() {
        long started = System.nanoTime();
        SyntheticDay.Day generated = day.generate();
        out.printf("generated %d articles about %d events (seed %d) in %.1f s%n", generated.articles().size(), generated.events().size(),
                day.seed, (System.nanoTime() - started) / 1e9);
        return generated;
    }
}
