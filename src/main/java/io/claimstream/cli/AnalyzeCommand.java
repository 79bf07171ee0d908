package io.claimstream.cli;

import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import io.claimstream.stream.ClaimStreamSettings;
import io.claimstream.stream.InProcessRun;
import io.claimstream.verdict.Verdict;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {
                "Runs the claim topology in this process, without a broker, over articles in publication order,",
                "and prints one verdict per line as JSON on stdout (logs go to stderr).",
                "",
                "PATH is a folder of .txt articles with an optional manifest.csv",
                "(file,articleId,publishedAt,outlet,...) or a .jsonl file of Article objects",
                "({\"id\",\"body\",\"publishedAt\",\"source\",\"title\",\"url\",\"language\"})."},
        footer = {"", "Example:", "  java -jar target/claimstream.jar analyze seeds > verdicts.jsonl",
                "  java -jar target/claimstream.jar analyze seeds --claims claims.jsonl | grep CONTRADICTION"})
final class AnalyzeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeCommand.class);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders of articles or .jsonl files.")
    List<Path> paths;

    @Option(names = "--claims", paramLabel = "FILE", description = "Also write every extracted claim as JSON lines to FILE.")
    Path claimsFile;

    private final PrintStream out;

    AnalyzeCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        List<Article> articles = ArticleSources.read(paths);
        LOG.info("analyzing {} articles from {}", articles.size(), paths);
        int[] counts = new int[3];
        try (InProcessRun run = new InProcessRun(ClaimStreamSettings.DEFAULTS);
             BufferedWriter claims = claimsFile == null ? null : Files.newBufferedWriter(claimsFile, StandardCharsets.UTF_8)) {
            run.processAll(articles, outcome -> {
                outcome.deadLetterReasons().forEach(reason -> LOG.warn("skipped: {}", reason));
                for (Verdict v : outcome.verdicts()) {
                    out.println(Json.line(v));
                    counts[v.verdict() == Verdict.Kind.CONTRADICTION ? 1 : 2]++;
                }
                counts[0] += outcome.claims().size();
                if (claims != null) {
                    try {
                        for (var c : outcome.claims()) {
                            claims.write(Json.line(c));
                            claims.newLine();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw new CliException("cannot write " + claimsFile + ": " + e.getCause().getMessage());
        }
        out.flush();
        LOG.info("{} articles, {} claims, {} contradictions, {} agreements", articles.size(), counts[0], counts[1], counts[2]);
        return 0;
    }
}
