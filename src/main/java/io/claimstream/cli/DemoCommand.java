package io.claimstream.cli;

import io.claimstream.embedded.ApicurioRegistry;
import io.claimstream.embedded.EmbeddedKafka;
import io.claimstream.registry.HttpSchemaRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
                "Starts everything on this machine and shows it working: a single-node KRaft Kafka broker inside this",
                "JVM, an Apicurio schema registry as a child process, the claim processor, and a replay of the seed",
                "articles; then prints each verdict as it is committed, until Ctrl-C stops it all (streams, then the",
                "registry, then the broker). The dashboard is at http://127.0.0.1:8080/ (see --http-port).",
                "",
                "Data lives under --data-dir, so a restart keeps topics, schemas and state; --fresh starts clean."},
        footer = {"", "Example:", "  mvn -q -DskipTests package && java -jar target/claimstream.jar demo",
                "  java -jar target/claimstream.jar tail --from-beginning      # in another terminal",
                "  open http://127.0.0.1:8080/                                  # the live conflict dashboard"})
final class DemoCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpora to replay at start (default: seeds).")
    List<Path> replay = new ArrayList<>(List.of(Path.of("seeds")));

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".claimstream", description = "Where everything keeps its data (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--fresh", description = "Delete --data-dir first.")
    boolean fresh;

    @Option(names = "--no-replay", description = "Replay nothing; just run.")
    boolean noReplay;

    @Option(names = "--reset", description = "Before starting the processor, reset it to reprocess `articles` from the start (see `reset`).")
    boolean reset;

    @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092", description = "Broker port on 127.0.0.1 (default ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--kafka-controller-port", paramLabel = "PORT", defaultValue = "9093", description = "KRaft controller port (default ${DEFAULT-VALUE}).")
    int controllerPort;

    @Mixin
    WebOptions web;

    @Option(names = "--registry-port", paramLabel = "PORT", defaultValue = "8081", description = "Schema registry port on 127.0.0.1 (default ${DEFAULT-VALUE}).")
    int registryPort;

    private final PrintStream out;
    private final PrintStream err;
    private final ServiceRun service = new ServiceRun();

    DemoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (fresh) deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        long started = System.nanoTime();
        EmbeddedKafka kafka = EmbeddedKafka.start(dataDir.resolve("kafka"), kafkaPort, controllerPort);
        service.closeLast(kafka);
        LOG.info("Kafka broker up at {} ({} ms)", kafka.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
        // schemas persist with the topics: records written before a restart keep decoding after it
        ApicurioRegistry registryProcess = ApicurioRegistry.start(ApicurioRegistry.defaultHome(), registryPort,
                dataDir.resolve("registry.log"), dataDir.resolve("registry").resolve("schemas"));
        service.closeLast(registryProcess);
        LOG.info("schema registry up at {} (pid {}, {} ms)", registryProcess.ccompatUrl(), registryProcess.pid(),
                (System.nanoTime() - started) / 1_000_000);

        StreamOptions streams = StreamOptions.singleBroker(dataDir.resolve("state"));
        Properties client = new Properties();
        client.setProperty("bootstrap.servers", kafka.bootstrapServers());
        if (reset) ResetCommand.reset(client, streams.app.applicationId, streams.app.stateDir, false);
        try (HttpSchemaRegistry registry = new HttpSchemaRegistry(registryProcess.ccompatUrl())) {
            return service.run(client, registry, streams, web, noReplay ? List.of() : replay, true, out, err);
        }
    }

    /** For tests: ends the demo as Ctrl-C would. */
    void stop() {
        service.requestStop();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
