package io.claimstream.cli;

import io.claimstream.article.Article;
import io.claimstream.registry.SchemaRegistry;
import io.claimstream.stream.ArticlePublisher;
import io.claimstream.stream.TopicSetup;
import io.claimstream.stream.Topics;
import java.time.Duration;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Publishes a corpus in publication order, optionally at a fixed rate, showing progress. Shared by replay, run and demo. */
final class Replay {
    private Replay() {
    }

    /** @return the number of articles the broker acknowledged */
    static long publish(List<Article> articles, Properties clientProps, SchemaRegistry registry, double ratePerSecond,
                        PrintStream progressOut, boolean terminal) {
        Topics.registerSchemas(registry);
        TopicSetup.awaitCluster(clientProps, Duration.ofSeconds(15));
        TopicSetup.requireTopic(clientProps, Topics.ARTICLES);
        Progress progress = new Progress(progressOut, terminal, "articles", articles.size());
        long started = System.nanoTime();
        long sent = 0;
        try (ArticlePublisher publisher = new ArticlePublisher(clientProps, registry)) {
            Future<RecordMetadata> last = null;
            for (Article article : articles) {
                if (ratePerSecond > 0) pace(started, sent, ratePerSecond);
                last = publisher.publish(article);
                sent++;
                progress.update(sent);
            }
            publisher.flush();
            if (last != null) last.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new CliException("publishing to articles failed after " + sent + " articles: "
                    + (e.getCause() == null ? e : e.getCause()).getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("replay interrupted after " + sent + " articles");
        }
        progress.finish(sent);
        return sent;
    }

    private static void pace(long started, long sent, double ratePerSecond) throws InterruptedException {
        long due = started + (long) (sent * 1e9 / ratePerSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
    }
}
