package io.claimstream.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running inside this JVM,
 * for the one-command local demo. Its data lives under a directory of the caller's choosing, so a
 * restart on the same directory keeps topics and records.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String CONFIG_FILE = "kafka-server.properties";
    private static final String LOG_DIR = "kafka-logs";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts the broker and returns once it answers clients.
     *
     * @param dataDir where the log directory and the broker's config file go; created if missing
     * @param brokerPort the client port, or 0 for a free one
     * @param controllerPort the KRaft controller port, or 0 for a free one
     * @throws EmbeddedStartException if a port is taken or the broker does not come up
     */
    public static EmbeddedKafka start(Path dataDir, int brokerPort, int controllerPort) {
        long started = System.nanoTime();
        int[] ports = LoopbackPorts.claimBoth(brokerPort, "--kafka-port", controllerPort, "--kafka-controller-port");
        Path logDir = dataDir.toAbsolutePath().resolve(LOG_DIR);
        Properties props = serverProperties(logDir, ports[0], ports[1]);
        formatOnce(dataDir.toAbsolutePath(), logDir, props);

        KafkaRaftServer server;
        try {
            // Reads the log directory's meta.properties: a damaged or foreign directory fails here.
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        } catch (RuntimeException e) {
            throw failedToStart(logDir, e);
        }
        try {
            server.startup();
        } catch (RuntimeException e) {
            // A half-started server keeps non-daemon threads that would hold the JVM open.
            stop(server);
            throw failedToStart(logDir, e);
        }
        EmbeddedKafka kafka = new EmbeddedKafka(server, LoopbackPorts.HOST + ":" + ports[0]);
        try {
            kafka.awaitReady();
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        LOG.info("Kafka broker ready at {} in {} ms (data in {})",
                kafka.bootstrapServers, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logDir);
        return kafka;
    }

    /** The address clients connect to, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Shuts the broker down and waits until its threads have stopped. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            stop(server);
        }
    }

    private static Properties serverProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@" + LoopbackPorts.HOST + ":" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + LoopbackPorts.HOST + ":" + brokerPort
                        + ",CONTROLLER://" + LoopbackPorts.HOST + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + LoopbackPorts.HOST + ":" + brokerPort),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDir.toString()),
                // One node: every internal topic must fit on it.
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("num.partitions", "1"),
                // Streams apps should join at once instead of waiting for more members that never come.
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // The default reserves 128 MiB of heap for compaction; the demo's compacted topics are tiny.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024)),
                // The application creates its topics with the settings it needs; a typo must fail, not create.
                Map.entry("auto.create.topics.enable", "false")));
        return props;
    }

    /**
     * Formats the log directory on first use only: the directory's meta.properties holds the cluster
     * id, and formatting again would give a new id the existing data no longer matches.
     */
    private static void formatOnce(Path dataDir, Path logDir, Properties props) {
        Path configFile = dataDir.resolve(CONFIG_FILE);
        try {
            Files.createDirectories(dataDir);
            // Written on every start so that it always shows the settings the running broker has.
            try (OutputStream out = Files.newOutputStream(configFile)) {
                props.store(out, "written by claimstream's embedded Kafka broker; edits are overwritten");
            }
        } catch (IOException e) {
            throw new EmbeddedStartException("cannot write the Kafka broker config " + configFile + ": " + e.getMessage(), e);
        }
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()};
            status = StorageTool.execute(args, out);
        } catch (RuntimeException e) {
            throw new EmbeddedStartException("cannot format the Kafka log directory " + logDir + ": " + e.getMessage(), e);
        }
        if (status != 0) {
            throw new EmbeddedStartException("cannot format the Kafka log directory " + logDir + ": "
                    + output.toString(StandardCharsets.UTF_8).strip());
        }
    }

    private void awaitReady() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new EmbeddedStartException("the embedded Kafka broker at " + bootstrapServers
                    + " did not answer within " + READY_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStartException("interrupted while waiting for the embedded Kafka broker", e);
        }
    }

    private static EmbeddedStartException failedToStart(Path logDir, RuntimeException e) {
        return new EmbeddedStartException("the embedded Kafka broker failed to start: " + e.getMessage()
                + " (its data is in " + logDir + "; delete that if the data is not needed)", e);
    }

    private static void stop(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }
}
