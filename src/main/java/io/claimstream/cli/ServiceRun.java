package io.claimstream.cli;

import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import io.claimstream.registry.SchemaRegistry;
import io.claimstream.stream.ClaimStreamApp;
import io.claimstream.stream.Topics;
import io.claimstream.stream.VerdictConsumer;
import io.claimstream.web.DashboardServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application as a service: start the streams, optionally replay a corpus and print verdicts as they are
 * committed, then run until Ctrl-C and close everything in the reverse order it was opened (streams before
 * the registry before the broker, when `demo` started those).
 */
final class ServiceRun {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceRun.class);

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch stop = new CountDownLatch(1);

    /** Something opened before the service (a registry process, a broker), closed after it. */
    void closeLast(AutoCloseable resource) {
        opened.push(resource);
    }

    int run(Properties clientProps, SchemaRegistry registry, StreamOptions options, WebOptions web, List<Path> replay,
            boolean print, PrintStream out, PrintStream err) throws InterruptedException {
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "claimstream-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            List<Article> corpus = replay.isEmpty() ? List.of() : ArticleSources.read(replay);
            Topics.registerSchemas(registry);
            Properties streamsProps = options.streamsProperties(clientProps);
            DashboardServer dashboard = null;
            if (!web.off) {
                dashboard = DashboardServer.bind(web.host, web.port);
                opened.push(dashboard);
                streamsProps.put(StreamsConfig.APPLICATION_SERVER_CONFIG, web.advertised(dashboard.port()));
            }
            LOG.info("starting with {}", ConnectionOptions.describe(streamsProps));
            ClaimStreamApp app = ClaimStreamApp.start(streamsProps, registry, options.layout(), options.settings(), Duration.ofSeconds(60));
            opened.push(app);
            if (dashboard != null) {
                dashboard.start(clientProps, registry, app.events(), web.feedSize);
                err.println("dashboard: " + dashboard.url());
            }
            if (print) {
                VerdictConsumer verdicts = new VerdictConsumer(clientProps, registry, List.of(Topics.CONFLICTS, Topics.AGREEMENTS), true);
                Thread printer = new Thread(() -> verdicts.forEach(v -> {
                    out.println(VerdictLine.of(v));
                    out.flush();
                }), "verdict-printer");
                printer.setDaemon(true);
                opened.push(() -> {
                    verdicts.wakeup();
                    printer.join(5000);
                    verdicts.close();
                });
                printer.start();
            }
            if (!corpus.isEmpty()) {
                long sent = Replay.publish(corpus, clientProps, registry, 0, err, false);
                LOG.info("replayed {} articles from {}", sent, replay);
            }
            err.println("claimstream is running; Ctrl-C stops it");
            stop.await();
            return 0;
        } finally {
            closeAll();
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what brought us here
            }
        }
    }

    /** For tests and embedding: ends {@link #run} as Ctrl-C would. */
    void requestStop() {
        stop.countDown();
    }

    private void closeAll() {
        while (!opened.isEmpty()) {
            AutoCloseable resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", resource, e.toString());
            }
        }
    }
}
