package io.claimstream.cli;

import io.claimstream.stream.ClaimStreamSettings;
import io.claimstream.stream.StreamsProperties;
import io.claimstream.stream.TopicSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Kafka Streams' own knobs and the topology's, shared by `run` and `demo`. */
final class StreamOptions {
    @Mixin
    AppOptions app;

    @Option(names = "--num-stream-threads", paramLabel = "N", defaultValue = "1", description = "Stream threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions of topics created at start; 0 takes the broker's default.")
    int partitions;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "0",
            description = "Replication factor of topics created at start; 0 takes the broker's default.")
    int replication;

    @Option(names = "--reporting-window-days", paramLabel = "DAYS", defaultValue = "60",
            description = "How far apart in publication time two reports of one event may be (default ${DEFAULT-VALUE}).")
    int reportingWindowDays;

    @Option(names = "--max-body-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Articles with a longer body go to articles-dlq (default ${DEFAULT-VALUE}).")
    int maxBodyChars;

    @Option(names = "--event-horizon-days", paramLabel = "DAYS", defaultValue = "120",
            description = {"How long, in event time, an event nobody reports any more is kept (default ${DEFAULT-VALUE});",
                    "a later report of it starts a new event. At least the reporting window."})
    int eventHorizonDays;
    @Option(names = "--max-dead-letter-value-bytes", paramLabel = "N", defaultValue = "262144",
            description = "How much of a rejected record's value its dead letter keeps (default ${DEFAULT-VALUE}).")
    int maxDeadLetterValueBytes;

    /** What `demo` runs with on its one broker: one thread, topics of one partition, the topology's defaults. */
    static StreamOptions singleBroker(Path stateDir) {
        StreamOptions options = new StreamOptions();
        options.app = AppOptions.of(AppOptions.DEFAULT_ID, stateDir);
        options.threads = 1;
        options.partitions = 1;
        options.replication = 1;
        options.reportingWindowDays = (int) ClaimStreamSettings.DEFAULTS.reportingWindow().toDays();
        options.maxBodyChars = ClaimStreamSettings.DEFAULTS.maxBodyChars();
        options.eventHorizonDays = (int) ClaimStreamSettings.DEFAULTS.eventHorizon().toDays();
        options.maxDeadLetterValueBytes = ClaimStreamSettings.DEFAULTS.maxDeadLetterValueBytes();
        return options;
    }

    Properties streamsProperties(Properties clientProps) {
        Properties props = StreamsProperties.base(app.applicationId, clientProps.getProperty("bootstrap.servers"), app.stateDir.toString());
        props.putAll(clientProps);
        props.putIfAbsent("num.stream.threads", String.valueOf(threads));
        if (replication > 0) props.put("replication.factor", String.valueOf(replication));
        return props;
    }

    TopicSetup.Layout layout() {
        return TopicSetup.Layout.of(partitions, replication);
    }

    ClaimStreamSettings settings() {
        if (eventHorizonDays < reportingWindowDays) {
            throw new CliException("--event-horizon-days (" + eventHorizonDays + ") must be at least --reporting-window-days ("
                    + reportingWindowDays + "): an event must be kept as long as a report can still be matched to it");
        }
        return new ClaimStreamSettings(Duration.ofDays(reportingWindowDays), maxBodyChars, maxDeadLetterValueBytes,
                Duration.ofDays(eventHorizonDays), 1);
    }
}
