package io.claimstream.web;

import io.claimstream.article.Article;
import io.claimstream.embedded.ApicurioRegistry;
import io.claimstream.embedded.EmbeddedKafka;
import io.claimstream.registry.HttpSchemaRegistry;
import io.claimstream.stream.ArticlePublisher;
import io.claimstream.stream.ClaimStreamApp;
import io.claimstream.stream.ClaimStreamSettings;
import io.claimstream.stream.StreamsProperties;
import io.claimstream.stream.TopicSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What the dashboard tests run on: a real KRaft broker in this JVM, a real Apicurio registry process, and two
 * instances of the application (one group, topics of two partitions, so each holds part of the events), each
 * with its dashboard, as `run` starts them. Everything is stopped, by {@link #close()}, in the reverse order.
 */
final class LiveDashboards implements AutoCloseable {
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final Path dir;
    private final Properties client = new Properties();
    private final HttpSchemaRegistry registry;
    final List<DashboardServer> dashboards = new ArrayList<>();

    LiveDashboards(int instances) throws IOException {
        dir = Files.createTempDirectory("claimstream-dashboard-");
        try {
            EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), freePort(), freePort());
            opened.push(kafka);
            client.setProperty("bootstrap.servers", kafka.bootstrapServers());
            ApicurioRegistry registryProcess = ApicurioRegistry.start(ApicurioRegistry.defaultHome(), 0, dir.resolve("registry.log"));
            opened.push(registryProcess);
            registry = new HttpSchemaRegistry(registryProcess.ccompatUrl());
            opened.push(registry);
            for (int i = 0; i < instances; i++) startInstance(i);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startInstance(int i) {
        DashboardServer dashboard = DashboardServer.bind("127.0.0.1", 0);
        opened.push(dashboard);
        Properties props = StreamsProperties.base("dashboard-test", client.getProperty("bootstrap.servers"), dir.resolve("state-" + i).toString());
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + dashboard.port());
        // a member that left is noticed in seconds, so that the second instance's arrival settles soon
        props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), "6000");
        props.put(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), "1500");
        ClaimStreamApp app = ClaimStreamApp.start(props, registry, TopicSetup.Layout.of(2, 1), ClaimStreamSettings.DEFAULTS, Duration.ofSeconds(60));
        opened.push(app);
        dashboard.start(client, registry, app.events(), 10_000);
        dashboards.add(dashboard);
    }

    void publish(List<Article> articles) throws Exception {
        try (ArticlePublisher publisher = new ArticlePublisher(client, registry)) {
            for (Article a : articles) publisher.publish(a).get(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                // go on closing the rest: a broker left running when its directory goes halts the JVM
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
