package io.claimstream.stream;

import io.claimstream.article.Article;
import io.claimstream.claim.Claim;
import io.claimstream.registry.InMemorySchemaRegistry;
import io.claimstream.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Runs the real topology in this process, without a broker: articles go into `articles` one at a time in the
 * order given, and what each one causes on `claims`, `claim-conflicts`, `claim-agreements` and `events` is handed
 * back before the next goes in (the wall clock is moved on after each, so that changed events are published).
 * Serdes are the real Avro ones, against an in-memory schema registry.
 */
public final class InProcessRun implements AutoCloseable {
    private static final String APPLICATION_ID = "claimstream-analyze";

    private final Path stateDir;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, io.claimstream.avro.Article> articles;
    private final TestOutputTopic<String, io.claimstream.avro.Claim> claims;
    private final TestOutputTopic<String, io.claimstream.avro.Verdict> conflicts;
    private final TestOutputTopic<String, io.claimstream.avro.Verdict> agreements;
    private final TestOutputTopic<String, io.claimstream.avro.DeadLetter> deadLetters;
    private final TestOutputTopic<String, io.claimstream.avro.Event> events;
    private final List<TestOutputTopic<byte[], byte[]>> changelogs = new ArrayList<>();

    public InProcessRun(ClaimStreamSettings settings) {
        try {
            stateDir = Files.createTempDirectory("claimstream-analyze-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary state directory", e);
        }
        Topics topics = new Topics(new InMemorySchemaRegistry());
        driver = new TopologyTestDriver(ClaimTopology.build(topics, settings),
                StreamsProperties.base(APPLICATION_ID, "in-process:9092", stateDir.toString()));
        articles = driver.createInputTopic(topics.articles.name(), topics.articles.keySerde().serializer(),
                topics.articles.valueSerde().serializer());
        claims = driver.createOutputTopic(topics.claims.name(), topics.claims.keySerde().deserializer(),
                topics.claims.valueSerde().deserializer());
        conflicts = driver.createOutputTopic(topics.conflicts.name(), topics.conflicts.keySerde().deserializer(),
                topics.conflicts.valueSerde().deserializer());
        agreements = driver.createOutputTopic(topics.agreements.name(), topics.agreements.keySerde().deserializer(),
                topics.agreements.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters.name(), topics.deadLetters.keySerde().deserializer(),
                topics.deadLetters.valueSerde().deserializer());
        events = driver.createOutputTopic(topics.events.name(), topics.events.keySerde().deserializer(),
                topics.events.valueSerde().deserializer());
        for (String store : EventComparison.STORES) {
            changelogs.add(driver.createOutputTopic(APPLICATION_ID + "-" + store + "-changelog",
                    new ByteArrayDeserializer(), new ByteArrayDeserializer()));
        }
    }

    /**
     * What one article caused.
     *
     * @param events the current state of each event the article's claims changed
     */
    public record Outcome(List<Claim> claims, List<Verdict> verdicts, List<String> deadLetterReasons,
                          List<io.claimstream.avro.Event> events) {
    }

    public Outcome process(Article article) {
        articles.pipeInput(article.id(), AvroMapping.article(article), article.publishedAt());
        List<Claim> newClaims = claims.readValuesToList().stream().map(AvroMapping::claim).toList();
        List<Verdict> verdicts = new ArrayList<>();
        conflicts.readValuesToList().forEach(v -> verdicts.add(AvroMapping.verdict(v)));
        agreements.readValuesToList().forEach(v -> verdicts.add(AvroMapping.verdict(v)));
        List<String> reasons = deadLetters.readValuesToList().stream().map(d -> d.getReason()).toList();
        driver.advanceWallClockTime(EventComparison.PUBLISH_EVERY);
        // the driver keeps every record written to any topic until it is read, the stores' changelogs included:
        // kept, they would fill the heap on a long replay
        changelogs.forEach(TestOutputTopic::readRecordsToList);
        return new Outcome(newClaims, verdicts, reasons, events.readValuesToList());
    }

    public void processAll(List<Article> all, Consumer<Outcome> each) {
        for (Article article : all) each.accept(process(article));
    }

    @Override
    public void close() {
        driver.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
