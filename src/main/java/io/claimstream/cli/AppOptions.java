package io.claimstream.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which application instance this is about: its Kafka Streams application.id and its local state. */
final class AppOptions {
    static final String DEFAULT_ID = "claimstream";

    @Option(names = "--application-id", paramLabel = "ID", defaultValue = "${env:CLAIMSTREAM_APPLICATION_ID:-" + DEFAULT_ID + "}",
            description = "Kafka Streams application.id: consumer group and prefix of internal topics (env CLAIMSTREAM_APPLICATION_ID; default ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "${env:CLAIMSTREAM_STATE_DIR:-.claimstream/state}",
            description = "Where the event store lives on disk (env CLAIMSTREAM_STATE_DIR; default ${DEFAULT-VALUE}).")
    Path stateDir;

    static AppOptions of(String applicationId, Path stateDir) {
        AppOptions app = new AppOptions();
        app.applicationId = applicationId;
        app.stateDir = stateDir;
        return app;
    }
}
