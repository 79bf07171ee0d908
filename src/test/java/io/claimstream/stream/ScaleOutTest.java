package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the application on four partitions share the work; one is stopped mid-replay and the other takes
 * over its partitions and their state (restored from the changelog). The claims and the verdicts are exactly analyze's.
 */
class ScaleOutTest {
    private static final int ARTICLES = 300;
    private static final String APP_ID = "claimstream-scale";

    /** The topics the application reads, four partitions each: articles, claims, and events (the API's view). */
    private static final int INPUT_PARTITIONS = 3 * 4;

    @Test
    void theSurvivorTakesOverWithNoClaimLostAndNoneJudgedTwice() throws Exception {
        List<Article> corpus = ReplayCorpus.faKes().subList(0, ARTICLES);
        OfflineVerdicts offline = OfflineVerdicts.of(corpus);
        try (ReliabilityStack stack = ReliabilityStack.start("scale")) {
            CommittedOutput output = new CommittedOutput(stack.client(), stack.registry());
            AppProcess a = stack.app("instance-a", APP_ID, stack.dir.resolve("state-a"), 4);
            AppProcess b = stack.app("instance-b", APP_ID, stack.dir.resolve("state-b"), 4);
            Map<String, Integer> shared = awaitAssignment(stack.client(), 2);
            stack.publish(corpus);
            CrashRestartTest.awaitProgress(output, APP_ID, 0.3, a);
            double stoppedAt = output.articlesDone(APP_ID);
            a.stop();
            Map<String, Integer> takenOver = awaitAssignment(stack.client(), 1);
            output.awaitProcessed(APP_ID, Duration.ofMinutes(5), b::logTail);

            System.out.printf("scale-out: %d articles; partitions per instance while both ran %s; instance A stopped (SIGTERM) at %.0f %%"
                    + " of articles committed; after the takeover %s%n", corpus.size(), shared.values(), 100 * stoppedAt, takenOver.values());
            assertThat(shared.values()).as("both instances have partitions").allMatch(n -> n > 0);
            assertThat(takenOver.values()).as("the survivor has all %d input partitions (articles, claims, events)", INPUT_PARTITIONS)
                    .containsExactly(INPUT_PARTITIONS);
            assertThat(b.isAlive()).isTrue();
            DeterminismTest.assertExactlyOffline("scale-out", 4, offline, output);
        }
    }

    /** Waits until the group has this many members, each with its partitions; returns partitions per member. */
    private static Map<String, Integer> awaitAssignment(Properties client, int members) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (Admin admin = Admin.create(client)) {
            while (true) {
                Collection<MemberDescription> now = admin.describeConsumerGroups(List.of(APP_ID)).all().get().get(APP_ID).members();
                Map<String, Integer> partitions = now.stream().collect(Collectors.toMap(MemberDescription::consumerId,
                        m -> m.assignment().topicPartitions().size()));
                if (now.size() == members && partitions.values().stream().mapToInt(Integer::intValue).sum() == INPUT_PARTITIONS) return partitions;
                if (System.nanoTime() > deadline) throw new AssertionError("the group did not settle on " + members + " members: " + partitions);
                AppProcess.sleep(500);
            }
        }
    }
}
