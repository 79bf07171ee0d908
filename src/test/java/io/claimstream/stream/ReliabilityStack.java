package io.claimstream.stream;

import io.claimstream.article.Article;
import io.claimstream.embedded.ApicurioRegistry;
import io.claimstream.embedded.EmbeddedKafka;
import io.claimstream.registry.HttpSchemaRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * What the reliability tests run on: a real KRaft broker in this JVM, which can be stopped and started again on its
 * data and ports, an Apicurio registry process shared by all of them (started once, stopped when the JVM exits),
 * and the application processes a test starts, all stopped by {@link #close()}.
 */
final class ReliabilityStack implements AutoCloseable {
    private static ApicurioRegistry sharedRegistry;

    final Path dir;
    private final int brokerPort;
    private final int controllerPort;
    private EmbeddedKafka kafka;
    private final HttpSchemaRegistry registry;
    private final List<AppProcess> apps = new ArrayList<>();

    private ReliabilityStack(Path dir) {
        this.dir = dir;
        int[] ports = freePorts();
        brokerPort = ports[0];
        controllerPort = ports[1];
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), brokerPort, controllerPort);
        registry = new HttpSchemaRegistry(registryUrl());
        Topics.registerSchemas(registry);
    }

    static ReliabilityStack start(String name) {
        try {
            return new ReliabilityStack(Files.createTempDirectory("claimstream-" + name + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized String registryUrl() {
        if (sharedRegistry == null) {
            try {
                Path log = Files.createTempFile("claimstream-reliability-registry-", ".log");
                sharedRegistry = ApicurioRegistry.start(ApicurioRegistry.defaultHome(), 0, log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ApicurioRegistry started = sharedRegistry;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return sharedRegistry.ccompatUrl();
    }

    HttpSchemaRegistry registry() {
        return registry;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    Properties client() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers());
        return p;
    }

    /**
     * Starts an application instance in its own JVM. It leaves its group within seconds of dying (a 6 s session)
     * rather than Kafka's default 45 s, so that a restart or a takeover does not wait long for the dead member.
     */
    AppProcess app(String name, String applicationId, Path stateDir, int partitions) {
        Properties settings = new Properties();
        settings.put("session.timeout.ms", "6000");
        settings.put("heartbeat.interval.ms", "1500");
        AppProcess app = AppProcess.start(name, bootstrapServers(), registryUrl(), applicationId, stateDir, partitions, settings,
                dir.resolve("apps.log"));
        apps.add(app);
        return app;
    }

    /** Publishes the corpus as `replay` does, in order, and waits until the broker has every article. */
    void publish(List<Article> corpus) throws Exception {
        try (ArticlePublisher publisher = new ArticlePublisher(client(), registry)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Article a : corpus) sent.add(publisher.publish(a));
            for (Future<RecordMetadata> f : sent) f.get(60, TimeUnit.SECONDS);
        }
    }

    /** Stops the broker (a clean shutdown, as a rolling restart does), keeps it down, and starts it on the same data and ports. */
    void restartBroker(long downMillis) {
        kafka.close();
        AppProcess.sleep(downMillis);
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), brokerPort, controllerPort);
    }

    @Override
    public void close() {
        apps.forEach(AppProcess::close);
        registry.close();
        kafka.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private static int[] freePorts() {
        try (ServerSocket a = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             ServerSocket b = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
