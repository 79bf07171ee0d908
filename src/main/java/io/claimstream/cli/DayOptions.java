package io.claimstream.cli;

import io.claimstream.bench.SyntheticDay;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What a generated day is made of, shared by `bench stack` and `bench generate`. */
final class DayOptions {
    @Parameters(arity = "0..*", paramLabel = "CORPUS", description = "Corpora whose sentences the day is made of (default: seeds and FA-KES of the source tree).")
    List<Path> corpora = new ArrayList<>(List.of(Path.of("seeds"), Path.of("src/test/resources/datasets/fa-kes/fakes.csv")));

    @Option(names = "--articles", paramLabel = "N", defaultValue = "20000", description = "Articles in the day (default ${DEFAULT-VALUE}; a full day: 300000).")
    int articles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The same seed writes the same day (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--contradiction-rate", paramLabel = "R", defaultValue = "0.1",
            description = "Share of events (of two articles or more) with one article that says otherwise (default ${DEFAULT-VALUE}).")
    double contradictionRate;

    @Option(names = "--day", paramLabel = "DATE", defaultValue = "2024-05-14", description = "The day's date (default ${DEFAULT-VALUE}).")
    LocalDate day;

    SyntheticDay.Day generate() {
        if (articles < 1) throw new CliException("--articles must be at least 1");
        if (contradictionRate < 0 || contradictionRate > 1) throw new CliException("--contradiction-rate must be between 0 and 1");
        try {
            return SyntheticDay.from(corpora).generate(seed, articles, contradictionRate, day);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliException(e.getMessage());
        }
    }
}
