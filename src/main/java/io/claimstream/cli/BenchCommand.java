package io.claimstream.cli;

import io.claimstream.article.Article;
import io.claimstream.claim.ClaimExtractor;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {
                "Measures claim extraction alone, on one thread: articles/s and MB/s over a corpus, after warm-up",
                "rounds, as the median (and the spread) of the measured rounds. Timings depend on the machine and",
                "its load: compare runs made side by side."},
        footer = {"", "Example:", "  java -jar target/claimstream.jar bench extraction ../shared/datasets/fa-kes/fakes.csv --rounds 7"})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CorpusRounds corpus;

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        List<Article> articles = corpus.articles();
        long bytes = CorpusRounds.bytes(articles);
        ClaimExtractor extractor = new ClaimExtractor();
        long[] claims = new long[1];
        Rounds rounds = corpus.time(() -> {
            claims[0] = 0;
            for (Article article : articles) claims[0] += extractor.extract(article).size();
        });
        out.printf("extraction, 1 thread: %d articles (%.1f MB), %d claims a round%n", articles.size(), bytes / 1e6, claims[0]);
        out.printf("median of %d rounds: %.0f articles/s, %.2f MB/s (fastest %.0f, slowest %.0f articles/s)%n",
                corpus.rounds, articles.size() / rounds.median(), bytes / 1e6 / rounds.median(), articles.size() / rounds.fastest(),
                articles.size() / rounds.slowest());
        return 0;
    }
}
