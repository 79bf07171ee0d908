package io.claimstream.cli;

import io.claimstream.registry.HttpSchemaRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
                "Runs the claim processor against an existing Kafka cluster and Confluent-compatible schema registry,",
                "creating its topics when missing, until Ctrl-C, and serves the dashboard and its read API",
                "(http://127.0.0.1:8080/ by default). Several instances with one --application-id share the work;",
                "each one's API answers for all (give each its --advertised-http when they run on different hosts)."},
        footer = {"", "Examples:",
                "  java -jar target/claimstream.jar run --bootstrap-servers kafka:9092 \\",
                "      --schema-registry-url http://registry:8080/apis/ccompat/v7 --partitions 6 --replication-factor 3",
                "  CLAIMSTREAM_KAFKA_SECURITY_PROTOCOL=SASL_SSL CLAIMSTREAM_KAFKA_SASL_MECHANISM=PLAIN \\",
                "  CLAIMSTREAM_KAFKA_SASL_JAAS_CONFIG='...' java -jar target/claimstream.jar run --config client.properties"})
final class RunCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Mixin
    StreamOptions streams;

    @Mixin
    WebOptions web;

    @Option(names = "--replay", paramLabel = "PATH", description = "After start, publish this corpus to `articles` (a seeds-style folder, .jsonl, FA-KES CSV or ECB+ folder).")
    List<Path> replay = new ArrayList<>();

    @Option(names = "--print", description = "Print each verdict as it is committed.")
    boolean print;

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        try (HttpSchemaRegistry registry = connection.registry()) {
            return new ServiceRun().run(connection.clientProperties(), registry, streams, web, replay, print, out, err);
        }
    }
}
