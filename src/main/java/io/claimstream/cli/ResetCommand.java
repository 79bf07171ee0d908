package io.claimstream.cli;

import io.claimstream.stream.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.tools.StreamsResetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {
                "Makes the application reprocess `articles` from scratch: input offsets back to the start, `claims`",
                "skipped to its end, internal topics (the event store's changelog) deleted, and the local state",
                "directory removed. Stop every instance of the application first."},
        footer = {"", "Example:", "  java -jar target/claimstream.jar reset --application-id claimstream --state-dir .claimstream/state"})
final class ResetCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Mixin
    AppOptions app;

    @Option(names = "--dry-run", description = "Only show what would be done.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        reset(connection.clientProperties(), app.applicationId, app.stateDir, dryRun);
        return 0;
    }

    /** Resets the application's offsets and internal topics on the cluster, then removes its local state. */
    static void reset(Properties clientProps, String applicationId, Path stateDir, boolean dryRun) throws IOException {
        Path clientConfig = Files.createTempFile("claimstream-reset-", ".properties");
        try {
            Properties props = new Properties();
            props.putAll(clientProps);
            String bootstrap = (String) props.remove("bootstrap.servers");
            try (Writer w = Files.newBufferedWriter(clientConfig)) {
                props.store(w, "client settings for StreamsResetter");
            }
            List<String> args = new ArrayList<>(List.of("--application-id", applicationId,
                    "--bootstrap-server", bootstrap,
                    "--input-topics", Topics.ARTICLES,
                    "--intermediate-topics", Topics.CLAIMS,
                    "--command-config", clientConfig.toString(), "--force"));
            if (dryRun) args.add("--dry-run");
            int exit;
            PrintStream stdout = System.out;
            System.setOut(System.err); // the tool reports on stdout, which carries verdicts in `demo --reset`
            try {
                exit = new StreamsResetter().execute(args.toArray(String[]::new));
            } finally {
                System.setOut(stdout);
            }
            if (exit != 0) throw new CliException("the Kafka Streams reset tool failed (exit " + exit + "); see the lines above");
        } finally {
            Files.deleteIfExists(clientConfig);
        }
        Path local = stateDir.resolve(applicationId);
        if (!dryRun && Files.exists(local)) {
            try (Stream<Path> files = Files.walk(local)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.err.println((dryRun ? "would remove " : "removed ") + local);
    }
}
