package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import io.claimstream.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same corpus gives the same verdicts: replayed twice on one partition, with `reset` in between, the verdicts of
 * both passes are exactly analyze's; replayed on four partitions, the set of agreeing and contradicting statement
 * pairs is the same as on one (see VerdictSets for why whole verdicts cannot be compared there).
 */
class DeterminismTest {
    private static final int ARTICLES = 300;

    @Test
    void twoPassesWithAResetInBetweenGiveTheOfflineVerdictsTwice() throws Exception {
        List<Article> corpus = ReplayCorpus.faKes().subList(0, ARTICLES);
        OfflineVerdicts offline = OfflineVerdicts.of(corpus);
        String appId = "claimstream-twice";
        try (ReliabilityStack stack = ReliabilityStack.start("twice")) {
            Path state = stack.dir.resolve("state");
            CommittedOutput output = new CommittedOutput(stack.client(), stack.registry());
            AppProcess first = stack.app("first", appId, state, 1);
            stack.publish(corpus);
            output.awaitProcessed(appId, Duration.ofMinutes(5), first::logTail);
            List<Verdict> firstPass = output.verdicts();
            first.stop();

            reset(stack, appId, state);
            AppProcess second = stack.app("second", appId, state, 1);
            output.awaitProcessed(appId, Duration.ofMinutes(5), second::logTail);
            List<Verdict> both = output.verdicts();

            Map<Verdict, Integer> twice = new HashMap<>();
            VerdictSets.exact(offline.verdicts).forEach((v, n) -> twice.put(v, 2 * n));
            System.out.printf("determinism, reset: %d articles, %d verdicts offline, %d after the first pass, %d after both%n",
                    corpus.size(), offline.verdicts.size(), firstPass.size(), both.size());
            assertThat(offline.verdicts).isNotEmpty();
            assertThat(VerdictSets.exact(firstPass)).isEqualTo(VerdictSets.exact(offline.verdicts));
            assertThat(VerdictSets.exact(both)).as("each verdict once per pass").isEqualTo(twice);
        }
    }

    @Test
    void fourPartitionsFindTheSamePairsAsOne() throws Exception {
        List<Article> corpus = ReplayCorpus.faKes().subList(0, ARTICLES);
        OfflineVerdicts offline = OfflineVerdicts.of(corpus);
        String appId = "claimstream-four";
        try (ReliabilityStack stack = ReliabilityStack.start("four")) {
            CommittedOutput output = new CommittedOutput(stack.client(), stack.registry());
            AppProcess app = stack.app("app", appId, stack.dir.resolve("state"), 4);
            stack.publish(corpus);
            output.awaitProcessed(appId, Duration.ofMinutes(5), app::logTail);
            List<Verdict> four = output.verdicts();
            report("determinism, 4 partitions", corpus.size(), offline.verdicts, four);
            assertThat(VerdictSets.judgedTwice(four)).as("a claim judged twice").isEmpty();
            assertThat(VerdictSets.pairs(four)).isEqualTo(VerdictSets.pairs(offline.verdicts));
        }
    }

    /** Prints the figures of a run against analyze's: verdicts, pairs, and how many whole verdicts differ. */
    static void report(String what, int articles, List<Verdict> offline, List<Verdict> live) {
        Set<Verdict> wholeOffline = VerdictSets.exact(offline).keySet(), wholeLive = VerdictSets.exact(live).keySet();
        Set<Verdict> onlyLive = new java.util.HashSet<>(wholeLive);
        onlyLive.removeAll(wholeOffline);
        Set<String> pairsOffline = VerdictSets.pairs(offline), pairsLive = VerdictSets.pairs(live);
        Set<String> missing = new TreeSet<>(pairsOffline), extra = new TreeSet<>(pairsLive);
        missing.removeAll(pairsLive);
        extra.removeAll(pairsOffline);
        System.out.printf("%s: %d articles; verdicts %d live, %d offline; pairs %d live, %d offline, %d missing, %d extra;"
                        + " whole verdicts not identical to an offline one: %d%n", what, articles, live.size(), offline.size(),
                pairsLive.size(), pairsOffline.size(), missing.size(), extra.size(), onlyLive.size());
        missing.stream().limit(5).forEach(p -> System.out.println("  missing " + p));
        extra.stream().limit(5).forEach(p -> System.out.println("  extra   " + p));
    }

    private static void reset(ReliabilityStack stack, String appId, Path state) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.claimstream.cli.Main", "reset",
                "--bootstrap-servers", stack.bootstrapServers(), "--application-id", appId, "--state-dir", state.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stack.dir.resolve("reset.log").toFile())).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("reset did not finish within 120 s");
        }
        assertThat(p.exitValue()).as("reset's exit code (log in %s)", stack.dir.resolve("reset.log")).isZero();
    }
}
