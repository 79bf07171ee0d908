package io.claimstream.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One Article JSON object per line: {"id", "body", "publishedAt" (ISO-8601 or epoch millis), and optional
 * "source", "url", "title", "language"}. Blank lines are skipped.
 */
final class JsonlArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlArticleReader() {
    }

    static List<Article> read(Path file) {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank()) continue;
                articles.add(parse(line, file + " line " + number));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ArticleInputException(file + ": not UTF-8 text; convert it with iconv -t UTF-8");
        } catch (IOException e) {
            throw new ArticleInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return articles;
    }

    static Article parse(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ArticleInputException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) throw new ArticleInputException(where + ": expected a JSON object with id, body and publishedAt");
        String id = required(node, "id", where);
        String body = required(node, "body", where);
        JsonNode published = node.get("publishedAt");
        if (published == null || published.isNull()) throw new ArticleInputException(where + ": missing \"publishedAt\"");
        Instant publishedAt = published.isNumber() ? Instant.ofEpochMilli(published.asLong())
                : ArticleFolderReader.instant(published.asText(), where);
        return new Article(id, optional(node, "source"), optional(node, "url"), optional(node, "title"), body, publishedAt,
                optional(node, "language"));
    }

    private static String required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            throw new ArticleInputException(where + ": missing or empty \"" + field + "\" (a string is required)");
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
