package io.claimstream.embedded;

/**
 * A local service could not be started for a reason the user can fix; the message is one line
 * that says what to do, so the CLI prints it without a stack trace.
 */
public class EmbeddedStartException extends RuntimeException {
    public EmbeddedStartException(String message) {
        super(message);
    }

    public EmbeddedStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
