package io.claimstream.bench;

import io.claimstream.article.Article;
import io.claimstream.claim.ClaimExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Claim extraction alone, without Kafka, on as many threads as the application has stream threads: the second
 * reference point of the stack bench. Every claim processor must read each article's text, so no topology that
 * extracts claims on this machine can go faster than this, however cheap its streaming, state and transactions.
 */
final class ExtractionCeiling {
    /** Enough articles for a steady rate, few enough that a full day's bench spends seconds on it, not minutes. */
    static final int SAMPLE = 20_000;
    private static final int WARM_UP = 5_000;
    static final int ROUNDS = 3;

    private ExtractionCeiling() {
    }

    /**
     * Articles/s over a sample (the stack bench takes {@link #SAMPLE} articles), split across {@code threads}, after
     * a warm-up pass: the median of {@value #ROUNDS} rounds.
     */
    static double measure(List<Article> sample, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-extraction");
            t.setDaemon(true);
            return t;
        });
        try {
            List<ClaimExtractor> extractors = new ArrayList<>();
            for (int i = 0; i < threads; i++) extractors.add(new ClaimExtractor());
            extractAll(pool, extractors, sample.subList(0, Math.min(WARM_UP, sample.size())));
            double[] rates = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long started = System.nanoTime();
                extractAll(pool, extractors, sample);
                rates[round] = sample.size() / ((System.nanoTime() - started) / 1e9);
            }
            Arrays.sort(rates);
            return rates[ROUNDS / 2];
        } finally {
            pool.shutdownNow();
        }
    }

    private static void extractAll(ExecutorService pool, List<ClaimExtractor> extractors, List<Article> articles)
            throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        int threads = extractors.size();
        for (int t = 0; t < threads; t++) {
            ClaimExtractor extractor = extractors.get(t);
            List<Article> share = articles.subList(articles.size() * t / threads, articles.size() * (t + 1) / threads);
            running.add(pool.submit(() -> share.forEach(extractor::extract)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("extraction failed while measuring it alone", e.getCause());
            }
        }
    }
}
