package io.claimstream.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimstream.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small day through the real stack: what was planted comes out, and hardly anything else. Timings are printed, not asserted. */
class StackBenchTest {
    @Test
    void plantedContradictionsComeOutOfTheRealStackAndLittleElse(@TempDir Path work) throws Exception {
        SyntheticDay.Day day = SyntheticDay.from(List.of(TestData.FA_KES)).generate(11, 2000, 0.5, LocalDate.of(2024, 5, 14));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ContradictionScore score = new StackBench(new StackBench.Options(2, 1, 1, 1, 200, 300, work, java.util.Map.of()),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run(day);
        System.out.print(printed.toString(StandardCharsets.UTF_8));
        assertTrue(score.planted() >= 20, "planted " + score.planted());
        assertTrue(score.recall() >= 0.95, "recall " + score.recall());
        assertTrue(score.falseAlarms() <= 2, "false alarms " + score.falseAlarms());
        assertTrue(Pattern.compile("(?m)^extraction alone \\(no Kafka, 1 thread\\(s\\), 1700 articles, .*\\): [1-9]\\d* articles/s")
                .matcher(printed.toString(StandardCharsets.UTF_8)).find(), "extraction alone is measured on the backlog, on as many threads as the app has");
        Matcher backlog = Pattern.compile("(?m)^claimstream .*; (\\d+) claims late$").matcher(printed.toString(StandardCharsets.UTF_8));
        assertTrue(backlog.find(), "the throughput line says how many claims were late");
        assertEquals("0", backlog.group(1), "a backlog replayed over 2 partitions is compared in publication order, every claim of it");
    }
}
