package io.claimstream.cli;

import io.claimstream.article.ArticleInputException;
import io.claimstream.embedded.EmbeddedStartException;
import io.claimstream.registry.SchemaRegistryException;
import io.claimstream.stream.KafkaUnavailableException;
import io.claimstream.web.DashboardUnavailableException;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "claimstream", mixinStandardHelpOptions = true, version = "claimstream 0.1.0",
        description = {
                "A Kafka Streams claim processor: extracts what news articles claim about events (when, where,",
                "how long), keys every claim by the event it is about, and reports which sources agree and",
                "which contradict each other.", ""},
        subcommands = {CommandLine.HelpCommand.class},
        footer = {"", "Run 'claimstream help COMMAND' for a command's options."})
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand("analyze", new AnalyzeCommand(out))
                .addSubcommand("demo", new DemoCommand(out, err))
                .addSubcommand("run", new RunCommand(out, err))
                .addSubcommand("replay", new ReplayCommand(err))
                .addSubcommand("tail", new TailCommand(out))
                .addSubcommand("reset", new ResetCommand())
                .addSubcommand("bench", new CommandLine(new BenchSuiteCommand())
                        .addSubcommand("extraction", new BenchCommand(out))
                        .addSubcommand("topology", new BenchTopologyCommand(out))
                        .addSubcommand("stack", new BenchStackCommand(out))
                        .addSubcommand("generate", new BenchGenerateCommand(err))
                        .addSubcommand("hot-key", new BenchHotKeyCommand(out)))
                .addSubcommand("eval", new EvalCommand(out));
        // the descriptions are written in lines of up to 120 characters; picocli's default of 80 broke each in two
        cli.setUsageHelpWidth(120);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ArticleInputException || e instanceof CliException || e instanceof SchemaRegistryException
                    || e instanceof KafkaUnavailableException || e instanceof EmbeddedStartException
                    || e instanceof DashboardUnavailableException) {
                err.println("claimstream: " + e.getMessage());
                return 2;
            }
            err.println("claimstream: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (set -Dorg.slf4j.simpleLogger.defaultLogLevel=debug for details)");
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("unexpected failure", e);
            return 1;
        });
        if (args.length == 0) {
            cli.usage(err);
            return 2;
        }
        return cli.execute(args);
    }
}
