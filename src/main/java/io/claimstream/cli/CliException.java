package io.claimstream.cli;

/** A failure the user can fix, reported as one line without a stack trace. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
