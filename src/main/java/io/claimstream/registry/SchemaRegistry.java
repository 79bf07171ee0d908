package io.claimstream.registry;

import org.apache.avro.Schema;

/** Assigns ids to Avro schemas and looks them up again, as the Confluent wire format needs. */
public interface SchemaRegistry {

    /**
     * Registers {@code schema} under {@code subject} and returns its id; registering the same schema
     * again returns the same id.
     *
     * @throws SchemaRegistryException if the registry cannot be reached or refuses the schema
     */
    int register(String subject, Schema schema);

    /**
     * Returns the schema registered with {@code id}.
     *
     * @throws SchemaRegistryException if the registry cannot be reached or does not know the id
     */
    Schema schemaById(int id);
}
