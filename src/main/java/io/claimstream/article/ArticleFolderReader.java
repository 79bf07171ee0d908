package io.claimstream.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of .txt articles with an optional manifest.csv (columns file, articleId, publishedAt, outlet, …),
 * the layout of the seeds. Without a manifest, or for a file it does not list, the id is the file name and the
 * publication time the file's modification time.
 */
final class ArticleFolderReader {
    static final String MANIFEST = "manifest.csv";

    private ArticleFolderReader() {
    }

    static List<Article> read(Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        List<Article> articles = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        if (Files.exists(manifest)) {
            List<List<String>> rows = Csv.parse(readText(manifest), manifest);
            if (rows.isEmpty()) throw new ArticleInputException(manifest + ": empty manifest; remove it or add a header row");
            List<String> header = rows.get(0);
            int file = column(header, "file", manifest), id = column(header, "articleId", manifest);
            int published = column(header, "publishedAt", manifest), outlet = header.indexOf("outlet");
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                String where = manifest + " line " + (r + 1);
                if (row.size() <= Math.max(file, Math.max(id, published))) {
                    throw new ArticleInputException(where + ": expected " + header.size() + " columns, found " + row.size());
                }
                Path text = folder.resolve(row.get(file));
                if (!Files.isRegularFile(text)) {
                    throw new ArticleInputException(where + ": file " + row.get(file) + " does not exist in " + folder);
                }
                listed.add(text.getFileName().toString());
                String source = outlet >= 0 && outlet < row.size() && !row.get(outlet).isBlank() ? row.get(outlet) : null;
                articles.add(new Article(row.get(id), source, null, null, readText(text), instant(row.get(published), where), null));
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (listed.contains(text.getFileName().toString())) continue;
                String name = text.getFileName().toString();
                articles.add(new Article(name.substring(0, name.length() - 4), null, null, null, readText(text),
                        Files.getLastModifiedTime(text).toInstant(), null));
            }
        } catch (IOException e) {
            throw new ArticleInputException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
        return articles;
    }

    private static int column(List<String> header, String name, Path manifest) {
        int i = header.indexOf(name);
        if (i < 0) throw new ArticleInputException(manifest + " line 1: no '" + name + "' column; the header needs file,articleId,publishedAt");
        return i;
    }

    static Instant instant(String text, String where) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ArticleInputException(where + ": publishedAt '" + text + "' is not an ISO-8601 instant such as 2022-01-09T12:00:00Z");
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ArticleInputException(file + ": not UTF-8 text; convert it with iconv -t UTF-8");
        } catch (IOException e) {
            throw new ArticleInputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
