package io.claimstream.registry;

/**
 * A schema registry could not do what was asked. The message is a single line meant for the person
 * running claimstream: it names the registry and says what to do about the problem.
 */
public class SchemaRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaRegistryException(String message) {
        super(message);
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
