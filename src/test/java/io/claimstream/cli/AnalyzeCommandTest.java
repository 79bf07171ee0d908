package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        List<JsonNode> lines() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) nodes.add(new ObjectMapper().readTree(line));
            }
            return nodes;
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsVerdictsOfTheSeedsAsJsonLinesInTheContractsShape() throws Exception {
        Path claims = dir.resolve("claims.jsonl");
        Run run = run("analyze", "seeds", "--claims", claims.toString());

        assertThat(run.exit()).isZero();
        List<JsonNode> verdicts = run.lines();
        assertThat(verdicts).isNotEmpty().allSatisfy(v -> {
            assertThat(v.get("verdict").asText()).isIn("AGREEMENT", "CONTRADICTION");
            for (String field : List.of("eventKey", "eventLabel", "attribute", "explanation")) assertThat(v.get(field).asText()).isNotBlank();
            for (String field : List.of("claimId", "articleId", "value", "text")) assertThat(v.get("claim").get(field).asText()).isNotBlank();
            assertThat(v.get("others").isArray()).isTrue();
        });
        assertThat(verdicts).anySatisfy(v -> {
            assertThat(v.get("verdict").asText()).isEqualTo("CONTRADICTION");
            assertThat(v.get("claim").get("value").asText()).isEqualTo("2022-12-12");
            assertThat(v.get("claim").get("text").asText()).contains("will meet on December 12");
            assertThat(v.get("others").findValuesAsText("value")).contains("2022-01-12");
        });
        List<String> claimLines = Files.readAllLines(claims);
        assertThat(claimLines).anySatisfy(line -> assertThat(line).contains("\"attribute\":\"duration\"").contains("\"value\":\">PT3H\""));
    }

    @Test
    void readsArticlesFromJsonLines() throws Exception {
        Path jsonl = dir.resolve("articles.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\":\"a\",\"source\":\"Wire A\",\"publishedAt\":\"2023-03-01T08:00:00Z\",\"body\":\"The Indian and Chinese foreign ministers will meet in Delhi on March 2.\"}",
                "",
                "{\"id\":\"b\",\"source\":\"Wire B\",\"publishedAt\":1677672000000,\"body\":\"Chinese-Indian talks were held in Delhi on March 9.\"}"));
        Run run = run("analyze", jsonl.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.lines()).anySatisfy(v -> {
            assertThat(v.get("verdict").asText()).isEqualTo("CONTRADICTION");
            assertThat(v.get("eventKey").asText()).isEqualTo("meeting:china+india");
            assertThat(v.get("claim").get("value").asText()).isEqualTo("2023-03-09");
            assertThat(v.get("others").get(0).get("value").asText()).isEqualTo("2023-03-02");
        });
    }

    @Test
    void aMissingFolderIsOneLineNamingIt() {
        Run run = run("analyze", dir.resolve("nowhere").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("nowhere").contains("no such file or folder");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aManifestRowWithoutItsFileNamesTheRow() throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), "file,articleId,publishedAt,outlet\nmissing.txt,m1,2022-01-01T00:00:00Z,X\n");
        Run run = run("analyze", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).contains("manifest.csv line 2").contains("missing.txt does not exist").doesNotContain("\n");
    }

    @Test
    void aMalformedJsonLineNamesFileAndLine() throws Exception {
        Path jsonl = dir.resolve("bad.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"publishedAt\":\"2023-03-01T08:00:00Z\",\"body\":\"x\"}\n{\"id\": oops}\n");
        Run run = run("analyze", jsonl.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).contains("bad.jsonl line 2").contains("not valid JSON").doesNotContain("\n");
    }

    @Test
    void aJsonLineWithoutBodyOrWithABadTimeSaysWhatIsMissing() throws Exception {
        Path jsonl = dir.resolve("partial.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"publishedAt\":\"2023-03-01T08:00:00Z\"}\n");
        assertThat(run("analyze", jsonl.toString()).err()).contains("partial.jsonl line 1").contains("\"body\"");
        Files.writeString(jsonl, "{\"id\":\"a\",\"publishedAt\":\"yesterday\",\"body\":\"x\"}\n");
        assertThat(run("analyze", jsonl.toString()).err()).contains("line 1").contains("ISO-8601");
    }

    @Test
    void helpTeachesTheCommandAndNoArgumentsShowsUsage() {
        Run help = run("analyze", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--claims").contains("manifest.csv").contains("Example");
        Run none = run();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("analyze");
    }
}
