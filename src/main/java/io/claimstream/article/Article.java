package io.claimstream.article;

import java.time.Instant;
import java.util.Objects;

/** A news article as the domain core sees it: plain text with its publication time. */
public record Article(String id, String source, String url, String title, String body, Instant publishedAt,
                      String language) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /** Title and body as one text, title first, the way a reader meets them. */
    public String fullText() {
        return title == null || title.isBlank() || body.startsWith(title) ? body : title + "\n" + body;
    }
}
