package io.claimstream.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
    @TempDir
    Path dir;

    @Test
    void seedsComeInPublicationOrderWithManifestIdsTimesAndOutlets() {
        List<Article> seeds = ArticleSources.read(List.of(Path.of("seeds")));
        assertThat(seeds).extracting(Article::publishedAt).isSorted();
        assertThat(seeds).hasSize(5);
        assertThat(seeds.get(0).id()).isEqualTo("001_663f692456de7c0e");
        assertThat(seeds.get(0).source()).isEqualTo("TASS");
        assertThat(seeds.get(0).publishedAt()).isEqualTo(Instant.parse("2022-01-05T12:00:00Z"));
        assertThat(seeds.get(1).source()).isNull();
    }

    @Test
    void aFolderWithoutManifestTakesFileNamesAsIds() throws Exception {
        Files.writeString(dir.resolve("one.txt"), "Some text.");
        assertThat(ArticleSources.read(List.of(dir))).singleElement().extracting(Article::id).isEqualTo("one");
    }

    @Test
    void quotedManifestFieldsMayHoldCommas() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Body.");
        Files.writeString(dir.resolve("manifest.csv"), "file,articleId,publishedAt,outlet,note\na.txt,a1,2022-01-01T00:00:00Z,\"Outlet, Inc.\",\"a \"\"note\"\"\"\n");
        Article a = ArticleSources.read(List.of(dir)).get(0);
        assertThat(a.source()).isEqualTo("Outlet, Inc.");
        assertThat(a.id()).isEqualTo("a1");
    }

    @Test
    void aManifestWithoutRequiredColumnsSaysWhichOne() throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), "file,id,published\n");
        assertThatThrownBy(() -> ArticleSources.read(List.of(dir))).isInstanceOf(ArticleInputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("'articleId'");
    }

    @Test
    void aFileThatIsNeitherFolderNorJsonlIsRefused() throws Exception {
        Path csv = Files.writeString(dir.resolve("x.csv"), "a,b");
        assertThatThrownBy(() -> ArticleSources.read(List.of(csv))).hasMessageContaining("x.csv").hasMessageContaining(".jsonl");
    }

    @Test
    void nonUtf8TextIsNamed() throws Exception {
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xFF});
        assertThatThrownBy(() -> ArticleSources.read(List.of(dir))).hasMessageContaining("latin1.txt").hasMessageContaining("UTF-8");
    }
}
