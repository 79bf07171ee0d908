package io.claimstream.stream;

import io.claimstream.article.Article;
import io.claimstream.claim.Claim;
import io.claimstream.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What `analyze` gives for a corpus: the same topology in-process (InProcessRun), article after article. */
final class OfflineVerdicts {
    private static final Map<List<String>, OfflineVerdicts> CACHE = new ConcurrentHashMap<>();

    final List<Verdict> verdicts;
    final List<Claim> claims;

    private OfflineVerdicts(List<Verdict> verdicts, List<Claim> claims) {
        this.verdicts = List.copyOf(verdicts);
        this.claims = List.copyOf(claims);
    }

    static OfflineVerdicts of(List<Article> corpus) {
        List<String> key = corpus.stream().map(a -> a.id() + "@" + a.publishedAt() + "#" + a.body().hashCode()).toList();
        return CACHE.computeIfAbsent(key, k -> {
            List<Verdict> verdicts = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            try (InProcessRun run = new InProcessRun(ClaimStreamSettings.DEFAULTS)) {
                run.processAll(corpus, outcome -> {
                    verdicts.addAll(outcome.verdicts());
                    claims.addAll(outcome.claims());
                });
            }
            return new OfflineVerdicts(verdicts, claims);
        });
    }
}
