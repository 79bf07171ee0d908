package io.claimstream.cli;

import io.claimstream.registry.HttpSchemaRegistry;
import io.claimstream.stream.Topics;
import io.claimstream.stream.VerdictConsumer;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Prints verdicts as they are committed, decoded through the schema registry, until Ctrl-C."},
        footer = {"", "Examples:", "  java -jar target/claimstream.jar tail",
                "  java -jar target/claimstream.jar tail --topic claim-agreements --json --from-beginning"})
final class TailCommand implements Callable<Integer> {
    @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = Topics.CONFLICTS,
            description = "claim-conflicts (default), claim-agreements, or both (comma-separated).", split = ",")
    List<String> topics;

    @Option(names = "--json", description = "Print each verdict as a JSON line instead of a readable one.")
    boolean json;

    @Option(names = "--from-beginning", description = "Start with the verdicts already on the topic (default: only new ones).")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", defaultValue = "0", description = "Stop after N verdicts (0: never).")
    long max;

    @Mixin
    ConnectionOptions connection;

    private final PrintStream out;

    TailCommand(PrintStream out) {
        this.out = out;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C is what ended the loop
        }
    }

    @Override
    public Integer call() {
        for (String topic : topics) {
            if (!topic.equals(Topics.CONFLICTS) && !topic.equals(Topics.AGREEMENTS)) {
                throw new CliException("--topic " + topic + " is not a verdict topic: use " + Topics.CONFLICTS + " or " + Topics.AGREEMENTS);
            }
        }
        try (HttpSchemaRegistry registry = connection.registry();
             VerdictConsumer verdicts = new VerdictConsumer(connection.clientProperties(), registry, topics, fromBeginning)) {
            CountDownLatch done = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                verdicts.wakeup();
                awaitQuietly(done);
            }, "tail-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            long[] seen = {0};
            try {
                verdicts.forEach(v -> {
                    out.println(json ? Json.line(v) : VerdictLine.of(v));
                    out.flush();
                    if (max > 0 && ++seen[0] >= max) verdicts.wakeup();
                });
            } finally {
                done.countDown();
                removeQuietly(hook);
            }
        }
        return 0;
    }
}
