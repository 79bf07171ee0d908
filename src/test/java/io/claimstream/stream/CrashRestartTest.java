package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import io.claimstream.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once through crashes: the application, in its own JVM, is killed with SIGKILL at several points of a
 * replay and restarted on the same state directory each time; the verdicts a read_committed consumer sees at the end
 * are exactly those `analyze` gives offline for the same corpus, none missing and none twice.
 */
class CrashRestartTest {
    /** Set -Dclaimstream.reliability.articles=N for a longer run (README, Reliability). */
    static final int ARTICLES = Integer.getInteger("claimstream.reliability.articles", 2_000);
    private static final String APP_ID = "claimstream-crash";

    @Test
    void verdictsAfterFourKillsAreExactlyTheOfflineOnes() throws Exception {
        List<Article> corpus = ReplayCorpus.ofSize(ARTICLES);
        // analyze runs in this JVM while the application runs in its own: the two take about as long
        CompletableFuture<OfflineVerdicts> analyzed = CompletableFuture.supplyAsync(() -> OfflineVerdicts.of(corpus));
        try (ReliabilityStack stack = ReliabilityStack.start("crash")) {
            Path state = stack.dir.resolve("state");
            CommittedOutput output = new CommittedOutput(stack.client(), stack.registry());
            AppProcess app = stack.app("app-1", APP_ID, state, 1);
            stack.publish(corpus);

            // killed at three points of the replay, and once more 1.5 s after it runs again (replaying its aborted work)
            List<String> kills = new ArrayList<>();
            int restarts = 1;
            for (double at : new double[] {0.15, 0.40, 0.65}) {
                awaitProgress(output, APP_ID, at, app);
                app.kill();
                kills.add(String.format("at %.0f %% of articles committed", 100 * output.articlesDone(APP_ID)));
                app = stack.app("app-" + ++restarts, APP_ID, state, 1);
                if (at == 0.40) {
                    AppProcess.sleep(1_500);
                    app.kill();
                    kills.add(String.format("1.5 s after a restart, at %.0f %%", 100 * output.articlesDone(APP_ID)));
                    app = stack.app("app-" + ++restarts, APP_ID, state, 1);
                }
            }
            AppProcess last = app;
            output.awaitProcessed(APP_ID, Duration.ofMinutes(10), last::logTail);

            List<Verdict> committed = output.verdicts();
            OfflineVerdicts offline = analyzed.get(10, TimeUnit.MINUTES);
            System.out.printf("crash/restart: %d articles, %d SIGKILLs (%s), %d starts; %d verdicts read_committed, %d offline,"
                            + " %d claims offline; stream threads replaced: %d%n", corpus.size(), kills.size(), String.join("; ", kills), restarts,
                    committed.size(), offline.verdicts.size(), offline.claims.size(), last.linesSaying("stream thread failed"));
            assertThat(kills).hasSize(4);
            assertThat(offline.verdicts).as("a corpus that gives verdicts").hasSizeGreaterThan(500);
            assertThat(VerdictSets.differences(offline.verdicts, committed)).as("read_committed verdicts against analyze's").isEmpty();
        }
    }

    static void awaitProgress(CommittedOutput output, String applicationId, double share, AppProcess app) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (output.articlesDone(applicationId) < share) {
            if (System.nanoTime() > deadline || !app.isAlive()) {
                throw new AssertionError("the replay did not reach " + share + " of the articles:\n" + app.logTail());
            }
            AppProcess.sleep(100);
        }
    }
}
