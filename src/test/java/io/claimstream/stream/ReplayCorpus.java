package io.claimstream.stream;

import io.claimstream.TestData;
import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Corpora for the reliability tests, from real news: FA-KES (in the repository, 804 articles), ECB+ when it is beside
 * the project (982 documents), and, to reach a size from in-repository data alone, FA-KES articles re-dated: the same
 * text under a new id and outlet, published k × 10 years before the original. That is made-up data, and deterministic:
 * the k-th copy of an article is always the same. The shift keeps copies out of the originals' events (FA-KES spans
 * 2011-2018): copies a day apart would join the originals' events, and each verdict lists every earlier agreeing
 * claim, so verdicts and the event store would grow with the square of the copies. Before, not after: the broker
 * refuses records timestamped more than an hour ahead of its clock.
 */
final class ReplayCorpus {
    private static final Map<String, List<Article>> CACHE = new ConcurrentHashMap<>();

    private ReplayCorpus() {
    }

    static List<Article> faKes() {
        return CACHE.computeIfAbsent("fa-kes", k -> ArticleSources.read(List.of(TestData.FA_KES)));
    }

    /** ECB+ is read when it is beside the project, unless -Dclaimstream.reliability.ecbplus=false asks for CI's corpus. */
    static boolean ecbPlusPresent() {
        return Files.isDirectory(TestData.ECB_PLUS) && !"false".equals(System.getProperty("claimstream.reliability.ecbplus"));
    }

    /**
     * Exactly {@code size} articles in publication order: FA-KES, then ECB+ when present, then re-dated copies of FA-KES
     * articles (first every article once, 10 years earlier, then every article again, 20 years earlier, …).
     */
    static List<Article> ofSize(int size) {
        return CACHE.computeIfAbsent("size-" + size, k -> {
            List<Article> all = new ArrayList<>(faKes());
            if (ecbPlusPresent()) all.addAll(ArticleSources.read(List.of(TestData.ECB_PLUS)));
            List<Article> originals = faKes();
            for (int i = 0; all.size() < size; i++) {
                all.add(redated(originals.get(i % originals.size()), 1 + i / originals.size()));
            }
            List<Article> corpus = new ArrayList<>(all.subList(0, size));
            corpus.sort(Article.PUBLICATION_ORDER);
            return List.copyOf(corpus);
        });
    }

    static Article redated(Article a, int k) {
        String outlet = "Copy-" + k + (a.source() == null ? "" : " of " + a.source());
        return new Article(a.id() + "-copy" + k, outlet, a.url(), a.title(), a.body(),
                a.publishedAt().atZone(java.time.ZoneOffset.UTC).minusYears(10L * k).toInstant(), a.language());
    }
}
