package io.claimstream.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A news article as the domain core sees it: plain text with its publication time. */
public record Article(String id, String source, String url, String title, String body, Instant publishedAt,
                      String language) {
    /**
     * The order claims are judged in, offline and on the stream alike: by publication time, and articles published at
     * the same instant by id, so that the order does not depend on how the input was laid out.
     */
    public static final Comparator<Article> PUBLICATION_ORDER = Comparator.comparing(Article::publishedAt).thenComparing(Article::id);

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
