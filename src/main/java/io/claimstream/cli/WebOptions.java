package io.claimstream.cli;

import picocli.CommandLine.Option;

/** Where the dashboard and its API are served, shared by `run` and `demo`. */
final class WebOptions {
    @Option(names = "--http-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address the dashboard and API listen on (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port of the dashboard and API (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--advertised-http", paramLabel = "HOST:PORT",
            description = {"How the other instances reach this one's API, to ask it for the events it holds",
                    "(Kafka Streams' application.server). Default: --http-host and the port served."})
    String advertised;

    @Option(names = "--no-dashboard", description = "Serve no dashboard and no API.")
    boolean off;

    @Option(names = "--feed-size", paramLabel = "N", defaultValue = "10000",
            description = "How many of the latest verdicts the live feed keeps for clients that catch up (default ${DEFAULT-VALUE}).")
    int feedSize;

    /** The address the group is told, given the port actually taken. */
    String advertised(int boundPort) {
        if (advertised != null) {
            if (!advertised.matches("[^:\\s]+:\\d{1,5}")) throw new CliException("--advertised-http must be HOST:PORT, not '" + advertised + "'");
            return advertised;
        }
        if (host.equals("0.0.0.0") || host.equals("::")) {
            throw new CliException("--http-host " + host + " listens on every interface: say with --advertised-http HOST:PORT how other instances reach this one");
        }
        return host + ":" + boundPort;
    }

}
