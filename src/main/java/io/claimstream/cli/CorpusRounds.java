package io.claimstream.cli;

import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    Rounds time(Runnable round) {
        return Rounds.time(warmup, rounds, round);
    }
}
