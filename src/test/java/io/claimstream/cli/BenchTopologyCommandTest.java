package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timings are printed, not asserted: what is asserted is that the bench runs what `analyze` runs. */
class BenchTopologyCommandTest {
    @TempDir
    Path dir;

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void measuresTheClaimsAndVerdictsAnalyzeMakes() throws Exception {
        Path claimsFile = dir.resolve("claims.jsonl");
        long verdicts = run("analyze", "seeds", "--claims", claimsFile.toString()).lines().filter(l -> !l.isBlank()).count();
        long claims = Files.readAllLines(claimsFile).stream().filter(l -> !l.isBlank()).count();
        assertThat(claims).isPositive();
        assertThat(verdicts).isPositive();

        String printed = run("bench", "topology", "seeds", "--warmup", "0", "--rounds", "1");

        assertThat(printed).contains(String.format("5 articles (0.0 MB), %d claims (%.1f an article), %d verdicts a round",
                claims, claims / 5.0, verdicts));
        assertThat(printed).containsPattern("median of 1 rounds: \\d+ articles/s, \\d+ claims/s; \\d+ µs an article, \\d+ µs a claim");
    }
}
