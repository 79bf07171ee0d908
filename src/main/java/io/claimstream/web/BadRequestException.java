package io.claimstream.web;

/** A request the API cannot answer as asked; its message says what to change, and goes back with a 400. */
final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
