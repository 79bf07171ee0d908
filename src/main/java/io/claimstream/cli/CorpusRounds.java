package io.claimstream.cli;

import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the benches that time rounds over a corpus share: the corpus, and how many rounds to run and to measure. */
final class CorpusRounds {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Corpora to measure on: folders of articles or .jsonl files.")
    List<Path> paths;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Rounds not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Rounds measured (default ${DEFAULT-VALUE}).")
    int rounds;

    List<Article> articles() {
        return ArticleSources.read(paths);
    }

    static long bytes(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.fullText().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    /** Runs {@code round} {@code --warmup} times, then {@code --rounds} times timed. */
    Rounds time(Runnable round) {
        if (rounds < 1) throw new CliException("--rounds must be at least 1");
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            long started = System.nanoTime();
            round.run();
            if (i >= warmup) seconds.add((System.nanoTime() - started) / 1e9);
        }
        Collections.sort(seconds);
        return new Rounds(List.copyOf(seconds));
    }
}
