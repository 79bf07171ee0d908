package io.claimstream.cli;

import io.claimstream.eval.EcbPlusCorpus;
import io.claimstream.eval.EcbPlusEvaluation;
import io.claimstream.eval.EvalInputException;
import io.claimstream.eval.EvaluationRow;
import io.claimstream.eval.Setting;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures the product against annotated corpora.", ""},
        footer = {"", "Example:", "  java -jar target/claimstream.jar eval ecbplus ../shared/datasets/ecbplus/ECB+"})
final class EvalCommand implements Callable<Integer> {
    private static final Pattern TOPICS = Pattern.compile("(\\d+)(?:-(\\d+))?");

    private final PrintStream out;

    EvalCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        throw new CliException("eval needs a corpus: eval ecbplus PATH (see eval --help)");
    }

    @Command(name = "ecbplus", mixinStandardHelpOptions = true,
            description = {
                    "Event identity across documents on ECB+ (gold event mentions of the annotated sentences): the",
                    "same-head-lemma baseline and the product's identity, scored with MUC, B3, CEAF-e and CoNLL F1,",
                    "with the gold topics known (topic) and with all documents mixed together (mixed)."},
            footer = {"", "Example:", "  java -jar target/claimstream.jar eval ecbplus ../shared/datasets/ecbplus/ECB+ --topics 36-45"})
    int ecbplus(@Parameters(paramLabel = "PATH", description = "The ECB+ folder (topic folders 1 … 45), with "
                        + EcbPlusCorpus.SENTENCE_LIST + " next to it.") Path path,
                @Option(names = "--topics", paramLabel = "A-B", defaultValue = "36-45",
                        description = "Topics to score (default ${DEFAULT-VALUE}, the test topics; 1-35 are for tuning).") String topics,
                @Option(names = "--setting", paramLabel = "topic|mixed|both", defaultValue = "both",
                        description = "Cluster within each gold topic, across all documents, or both (default ${DEFAULT-VALUE}).") String setting) {
        Matcher range = TOPICS.matcher(topics.strip());
        if (!range.matches()) throw new CliException("--topics must be a topic or a range such as 36-45, not '" + topics + "'");
        int first = Integer.parseInt(range.group(1)), last = range.group(2) == null ? first : Integer.parseInt(range.group(2));
        if (first > last) throw new CliException("--topics " + topics + ": the range is empty");
        List<Setting> settings = switch (setting.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "topic" -> List.of(Setting.TOPIC);
            case "mixed" -> List.of(Setting.MIXED);
            case "both" -> List.of(Setting.TOPIC, Setting.MIXED);
            default -> throw new CliException("--setting must be topic, mixed or both, not '" + setting + "'");
        };
        EcbPlusCorpus corpus;
        try {
            corpus = EcbPlusCorpus.load(path, first, last);
        } catch (EvalInputException e) {
            throw new CliException(e.getMessage());
        }
        if (corpus.mentions().isEmpty()) throw new CliException(path + ": topics " + topics + " have no annotated event mentions");
        EcbPlusEvaluation evaluation = new EcbPlusEvaluation(corpus);
        List<EvaluationRow> rows = evaluation.run(settings);
        out.print(evaluation.table("ECB+ topics " + first + "-" + last, rows));
        return 0;
    }
}
