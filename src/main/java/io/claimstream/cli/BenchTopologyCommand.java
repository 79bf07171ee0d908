package io.claimstream.cli;

import io.claimstream.article.Article;
import io.claimstream.stream.ClaimStreamSettings;
import io.claimstream.stream.InProcessRun;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "topology", mixinStandardHelpOptions = true,
        description = {
                "Measures the whole topology in this process, without a broker, as `analyze` runs it (extraction,",
                "comparison, the real serdes and RocksDB stores, a fresh state each round), over a corpus in publication",
                "order: articles/s, claims/s and the cost of an article and of a claim, as the median of the measured",
                "rounds, on one thread. What an article costs depends on how long it is and how many claims it makes: run",
                "it on your own news and on a day of `bench generate` to see how `bench stack`'s articles/s carry over."},
        footer = {"", "Example:", "  java -jar target/claimstream.jar bench topology src/test/resources/datasets/fa-kes/fakes.csv"})
final class BenchTopologyCommand implements Callable<Integer> {
    @Mixin
    CorpusRounds corpus;

    private final PrintStream out;

    BenchTopologyCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        List<Article> articles = corpus.articles();
        long bytes = CorpusRounds.bytes(articles);
        long[] claims = new long[1], verdicts = new long[1];
        Rounds rounds = corpus.time(() -> {
            claims[0] = 0;
            verdicts[0] = 0;
            try (InProcessRun run = new InProcessRun(ClaimStreamSettings.DEFAULTS)) {
                run.processAll(articles, outcome -> {
                    claims[0] += outcome.claims().size();
                    verdicts[0] += outcome.verdicts().size();
                });
            }
        });
        double median = rounds.median();
        out.printf("topology in process, 1 thread: %d articles (%.1f MB), %d claims (%.1f an article), %d verdicts a round%n",
                articles.size(), bytes / 1e6, claims[0], (double) claims[0] / articles.size(), verdicts[0]);
        out.printf("median of %d rounds: %.0f articles/s, %.0f claims/s; %.0f µs an article, %.0f µs a claim (fastest %.0f, slowest %.0f articles/s)%n",
                corpus.rounds, articles.size() / median, claims[0] / median, median * 1e6 / articles.size(),
                claims[0] == 0 ? 0 : median * 1e6 / claims[0], articles.size() / rounds.fastest(), articles.size() / rounds.slowest());
        return 0;
    }
}
