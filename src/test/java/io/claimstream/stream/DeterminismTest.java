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
 * both passes are exactly analyze's. Replayed on four partitions, the claims are exactly analyze's and so are the
 * verdicts of event keys whose articles all lie in one partition; under keys fed from several partitions the verdicts
 * depend on the order the partitions' claims arrive in (VerdictSets), and the test prints how far they differ.
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
    void fourPartitionsGiveTheSameClaimsAndTheSameVerdictsWhereArrivalOrderIsTheSame() throws Exception {
        List<Article> corpus = ReplayCorpus.faKes().subList(0, ARTICLES);
        OfflineVerdicts offline = OfflineVerdicts.of(corpus);
        String appId = "claimstream-four";
        try (ReliabilityStack stack = ReliabilityStack.start("four")) {
            CommittedOutput output = new CommittedOutput(stack.client(), stack.registry());
            AppProcess app = stack.app("app", appId, stack.dir.resolve("state"), 4);
            stack.publish(corpus);
            output.awaitProcessed(appId, Duration.ofMinutes(5), app::logTail);
            assertOrderFreeParts("determinism, 4 partitions", 4, offline, output);
        }
    }

    /**
     * What must hold whatever order claims from several input partitions arrive in, asserted: the claims are exactly
     * analyze's, no claim is judged twice, every verdict is about claims analyze made, each pair it states is what the
     * comparator says of those two claims (whatever event they were grouped in), and the verdicts of event keys fed
     * from one partition are exactly analyze's. How far arrival order moved the verdicts of keys fed from several
     * partitions is printed, not asserted.
     */
    static void assertOrderFreeParts(String what, int partitions, OfflineVerdicts offline, CommittedOutput output) {
        List<Verdict> live = output.verdicts();
        List<String> liveClaims = output.claims().stream().map(io.claimstream.avro.Claim::getClaimId).sorted().toList();
        List<String> offlineClaims = offline.claims.stream().map(io.claimstream.claim.Claim::claimId).sorted().toList();
        Map<Boolean, List<Verdict>> liveSplit = VerdictSets.splitByInputPartitions(live, offline.claims, partitions);
        Map<Boolean, List<Verdict>> offlineSplit = VerdictSets.splitByInputPartitions(offline.verdicts, offline.claims, partitions);
        Set<String> pairsOffline = VerdictSets.pairs(offlineSplit.get(false)), pairsLive = VerdictSets.pairs(liveSplit.get(false));
        Set<String> missing = new TreeSet<>(pairsOffline), extra = new TreeSet<>(pairsLive);
        missing.removeAll(pairsLive);
        extra.removeAll(pairsOffline);
        System.out.printf("%s: %d claims (offline %d); keys fed from one partition: %d verdicts (offline %d); keys fed from several:"
                        + " %d verdicts (offline %d), agreeing/contradicting pairs %d (offline %d), %d of analyze's not found, %d not in analyze's%n",
                what, liveClaims.size(), offlineClaims.size(), liveSplit.get(true).size(), offlineSplit.get(true).size(),
                liveSplit.get(false).size(), offlineSplit.get(false).size(), pairsLive.size(), pairsOffline.size(), missing.size(), extra.size());
        assertThat(liveClaims).as("claims, against analyze's").isEqualTo(offlineClaims);
        assertThat(VerdictSets.judgedTwice(live)).as("a claim judged twice").isEmpty();
        Set<String> known = new java.util.HashSet<>(offlineClaims);
        assertThat(live).as("verdicts about claims analyze made").allMatch(v -> known.contains(v.claim().claimId())
                && v.others().stream().allMatch(o -> known.contains(o.claimId())));
        assertThat(statedWrongly(live, offline.claims)).as("pairs a verdict states that the comparator does not give").isEmpty();
        assertThat(offlineSplit.get(true)).as("verdicts under keys fed from one partition").isNotEmpty();
        assertThat(VerdictSets.differences(offlineSplit.get(true), liveSplit.get(true))).as("verdicts under keys fed from one partition")
                .isEmpty();
    }

    /**
     * The pairs of claims (the verdict's claim and one of its others) for which the comparator, given just the other as
     * the earlier claim, does not give the verdict's kind, or which are not about the same event key and attribute.
     */
    private static List<String> statedWrongly(List<Verdict> verdicts, List<io.claimstream.claim.Claim> claims) {
        Map<String, io.claimstream.claim.Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.claimId(), c));
        io.claimstream.verdict.ClaimComparator comparator = new io.claimstream.verdict.ClaimComparator(io.claimstream.place.Gazetteer.standard());
        List<String> wrong = new ArrayList<>();
        for (Verdict v : verdicts) {
            io.claimstream.claim.Claim claim = byId.get(v.claim().claimId());
            for (Verdict.Side side : v.others()) {
                io.claimstream.claim.Claim earlier = byId.get(side.claimId());
                boolean sameSubject = claim.eventKey().equals(earlier.eventKey()) && claim.attribute().equals(earlier.attribute());
                io.claimstream.identity.ResolvedEvent justTheEarlier = new io.claimstream.identity.EventResolver(java.time.Duration.ofDays(60))
                        .start(earlier, id -> false);
                boolean given = comparator.compare(claim, justTheEarlier,
                        io.claimstream.verdict.AttributeReports.none(earlier.attribute()).with(earlier), v.detectedAt())
                        .stream().anyMatch(p -> p.verdict() == v.verdict());
                if (!sameSubject || !given) wrong.add(v.verdict() + " " + claim.claimId() + " / " + earlier.claimId());
            }
        }
        return wrong;
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
