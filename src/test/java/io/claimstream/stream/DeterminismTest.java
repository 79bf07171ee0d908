package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import io.claimstream.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same corpus gives the same verdicts: replayed twice on one partition, with `reset` in between, the verdicts of
 * both passes are exactly analyze's; replayed on four partitions, the claims and the verdicts are exactly analyze's.
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

            List<Verdict> twice = new ArrayList<>(offline.verdicts);
            twice.addAll(offline.verdicts);
            System.out.printf("determinism, reset: %d articles, %d verdicts offline, %d after the first pass, %d after both%n",
                    corpus.size(), offline.verdicts.size(), firstPass.size(), both.size());
            assertThat(offline.verdicts).isNotEmpty();
            assertThat(VerdictSets.differences(offline.verdicts, firstPass)).as("first pass against analyze's").isEmpty();
            assertThat(VerdictSets.differences(twice, both)).as("both passes: each verdict once per pass").isEmpty();
        }
    }

    @Test
    void fourPartitionsGiveTheOfflineClaimsAndVerdicts() throws Exception {
        List<Article> corpus = ReplayCorpus.faKes().subList(0, ARTICLES);
        OfflineVerdicts offline = OfflineVerdicts.of(corpus);
        String appId = "claimstream-four";
        try (ReliabilityStack stack = ReliabilityStack.start("four")) {
            CommittedOutput output = new CommittedOutput(stack.client(), stack.registry());
            AppProcess app = stack.app("app", appId, stack.dir.resolve("state"), 4);
            stack.publish(corpus);
            output.awaitProcessed(appId, Duration.ofMinutes(5), app::logTail);
            assertExactlyOffline("determinism, 4 partitions", 4, offline, output);
        }
    }

    /**
     * Replayed on several partitions, the claims and the verdicts are exactly analyze's: under every event key, those fed
     * from several input partitions included, since claims are judged in publication order (PublicationOrder). The test
     * also checks that the corpus has such keys, so that it shows what it claims to.
     */
    static void assertExactlyOffline(String what, int partitions, OfflineVerdicts offline, CommittedOutput output) {
        List<Verdict> live = output.verdicts();
        List<String> liveClaims = output.claims().stream().map(io.claimstream.avro.Claim::getClaimId).sorted().toList();
        List<String> offlineClaims = offline.claims.stream().map(io.claimstream.claim.Claim::claimId).sorted().toList();
        List<Verdict> fromSeveral = VerdictSets.underKeysFedFromSeveralPartitions(offline.verdicts, offline.claims, partitions);
        List<String> differences = VerdictSets.differences(offline.verdicts, live);
        System.out.printf("%s: %d claims (offline %d), %d verdicts (offline %d, of which %d under event keys fed from several input"
                + " partitions), %d differences%n", what, liveClaims.size(), offlineClaims.size(), live.size(), offline.verdicts.size(),
                fromSeveral.size(), differences.size());
        assertThat(liveClaims).as("claims, against analyze's").isEqualTo(offlineClaims);
        assertThat(fromSeveral).as("verdicts under keys fed from several input partitions, in analyze's output").isNotEmpty();
        assertThat(differences).as("read_committed verdicts against analyze's").isEmpty();
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
