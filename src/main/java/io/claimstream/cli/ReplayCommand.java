package io.claimstream.cli;

import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import io.claimstream.registry.HttpSchemaRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {
                "Publishes a corpus to the `articles` topic in publication order, each record timestamped with its",
                "article's publication time, as a feed would have delivered it.",
                "",
                "PATH is a folder of .txt articles with an optional manifest.csv, a .jsonl file of Article objects,",
                "the FA-KES CSV or an ECB+ folder."},
        footer = {"", "Example:", "  java -jar target/claimstream.jar replay ../shared/datasets/fa-kes/fakes.csv --rate 200"})
final class ReplayCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Corpora to publish.")
    List<Path> paths;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "0",
            description = "Articles per second at most; 0 publishes as fast as the broker takes them (default).")
    double rate;

    @Mixin
    ConnectionOptions connection;

    private final PrintStream err;

    ReplayCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() {
        List<Article> articles = ArticleSources.read(paths);
        try (HttpSchemaRegistry registry = connection.registry()) {
            long started = System.nanoTime();
            long sent = Replay.publish(articles, connection.clientProperties(), registry, rate, err, System.console() != null);
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("published %d articles to articles in %.1f s (%.0f articles/s)%n", sent, seconds, sent / seconds);
        }
        return 0;
    }
}
