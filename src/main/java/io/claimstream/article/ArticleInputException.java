package io.claimstream.article;

/** Input that cannot be read as articles; the message names the file (and line) and what to fix. */
public final class ArticleInputException extends RuntimeException {
    public ArticleInputException(String message) {
        super(message);
    }
}
