package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import io.claimstream.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The broker goes down mid-replay and comes back on its data and ports: the application waits, resumes, and its
 * verdicts are exactly analyze's, none lost and none repeated.
 */
class BrokerRestartTest {
    private static final int ARTICLES = 300;
    private static final String APP_ID = "claimstream-bounce";

    @Test
    void theApplicationWaitsForTheBrokerAndResumesExactlyOnce() throws Exception {
        List<Article> corpus = ReplayCorpus.faKes().subList(0, ARTICLES);
        OfflineVerdicts offline = OfflineVerdicts.of(corpus);
        try (ReliabilityStack stack = ReliabilityStack.start("bounce")) {
            CommittedOutput output = new CommittedOutput(stack.client(), stack.registry());
            AppProcess app = stack.app("app", APP_ID, stack.dir.resolve("state"), 1);
            stack.publish(corpus.subList(0, ARTICLES / 2));
            CrashRestartTest.awaitProgress(output, APP_ID, 0.3, app);
            double downAt = output.articlesDone(APP_ID);
            long t0 = System.nanoTime();
            stack.restartBroker(10_000);
            long downMillis = (System.nanoTime() - t0) / 1_000_000;
            stack.publish(corpus.subList(ARTICLES / 2, ARTICLES));
            output.awaitProcessed(APP_ID, Duration.ofMinutes(5), app::logTail);
            List<Verdict> verdicts = output.verdicts();

            System.out.printf("broker restart: %d articles; broker stopped at %.0f %% of the first half committed, back after %d ms;"
                    + " %d verdicts read_committed, %d offline; stream threads replaced: %d%n", corpus.size(), 100 * downAt, downMillis,
                    verdicts.size(), offline.verdicts.size(), app.linesSaying("stream thread failed"));
            assertThat(app.isAlive()).as("the application outlived the broker's absence").isTrue();
            assertThat(VerdictSets.differences(offline.verdicts, verdicts)).as("read_committed verdicts against analyze's").isEmpty();
        }
    }
}
