package io.claimstream.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.claimstream.article.Article;
import io.claimstream.bench.SyntheticDay;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {
                "Writes a day of synthetic news, deterministic from --seed: events (talks, phone calls, attacks, crashes,",
                "earthquakes) each reported by several articles as long as real news, made of real sentences of the corpora",
                "(ones that name no event) around the claim sentences of the event (its lead, and its date, wounded and duration),",
                "with names of its own per event; at --contradiction-rate one article of an event says one fact otherwise (a date",
                "two days off, a duration hours longer). Writes OUT.jsonl (Article objects, for `analyze` and `replay`) and",
                "OUT.truth.json (every event, the claims its articles may make, its articles and what was planted)."},
        footer = {"", "Example:", "  java -jar target/claimstream.jar bench generate --articles 2000 --seed 7 --out /tmp/day"})
final class BenchGenerateCommand implements Callable<Integer> {
    @Mixin
    DayOptions day;

    @Option(names = "--out", paramLabel = "PREFIX", required = true, description = "Writes PREFIX.jsonl and PREFIX.truth.json.")
    Path out;

    private final PrintStream err;

    BenchGenerateCommand(PrintStream err) {
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        SyntheticDay.Day generated = day.generate();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Path articles = Path.of(out + ".jsonl"), truth = Path.of(out + ".truth.json");
        try (BufferedWriter w = Files.newBufferedWriter(articles)) {
            for (Article a : generated.articles()) {
                w.write(json.writeValueAsString(a));
                w.newLine();
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(truth.toFile(), generated.events());
        long planted = generated.events().stream().filter(SyntheticDay.PlantedEvent::planted).count();
        err.printf("wrote %d articles about %d events (%d with a planted contradiction) to %s and %s%n",
                generated.articles().size(), generated.events().size(), planted, articles, truth);
        return 0;
    }
}
