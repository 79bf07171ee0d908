package io.claimstream.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads articles from folders, .jsonl files and the datasets we replay (FA-KES .csv, ECB+ folders) and puts them in
 * publication order, as a feed would deliver them.
 */
public final class ArticleSources {
    private ArticleSources() {
    }

    public static List<Article> read(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                articles.addAll(EcbPlusReader.isCorpusFolder(path) ? EcbPlusReader.read(path) : ArticleFolderReader.read(path));
            } else if (Files.isRegularFile(path) && path.toString().endsWith(".jsonl")) {
                articles.addAll(JsonlArticleReader.read(path));
            } else if (Files.isRegularFile(path) && path.toString().endsWith(".csv")) {
                articles.addAll(FaKesCsvReader.read(path));
            } else if (!Files.exists(path)) {
                throw new ArticleInputException(path + ": no such file or folder");
            } else {
                throw new ArticleInputException(path + ": expected a folder of .txt articles or ECB+ .xml documents, a .jsonl file"
                        + " of Article objects, or a FA-KES .csv");
            }
        }
        articles.sort(Article.PUBLICATION_ORDER);
        return articles;
    }
}
