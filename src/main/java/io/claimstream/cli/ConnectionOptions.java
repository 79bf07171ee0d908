package io.claimstream.cli;

import io.claimstream.registry.HttpSchemaRegistry;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * Where the cluster and the schema registry are, and how to talk to them. Every option also reads the
 * CLAIMSTREAM_* environment variable of the same name; Kafka client settings (security.protocol, sasl.*,
 * ssl.*, or any other) come from --config FILE or from CLAIMSTREAM_KAFKA_* variables
 * (CLAIMSTREAM_KAFKA_SASL_JAAS_CONFIG is sasl.jaas.config).
 */
final class ConnectionOptions {
    static final String ENV_PREFIX = "CLAIMSTREAM_KAFKA_";

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...", defaultValue = "${env:CLAIMSTREAM_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka brokers (env CLAIMSTREAM_BOOTSTRAP_SERVERS; default ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", defaultValue = "${env:CLAIMSTREAM_SCHEMA_REGISTRY_URL:-http://127.0.0.1:8081/apis/ccompat/v7}",
            description = "A Confluent-compatible schema registry, e.g. Apicurio's http://host:8080/apis/ccompat/v7 (env CLAIMSTREAM_SCHEMA_REGISTRY_URL; default ${DEFAULT-VALUE}).")
    String schemaRegistryUrl;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file of Kafka client and Kafka Streams settings (security.protocol, sasl.*, ssl.*, num.stream.threads, ...).")
    Path configFile;

    /** Client settings: the file, then CLAIMSTREAM_KAFKA_* variables, then --bootstrap-servers. */
    Properties clientProperties() {
        return clientProperties(System.getenv());
    }

    Properties clientProperties(Map<String, String> env) {
        Properties props = new Properties();
        if (configFile != null) {
            try (Reader in = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new CliException("cannot read --config " + configFile + ": " + e.getMessage());
            }
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                props.setProperty(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        props.setProperty("bootstrap.servers", bootstrapServers);
        return props;
    }

    HttpSchemaRegistry registry() {
        try {
            return new HttpSchemaRegistry(schemaRegistryUrl);
        } catch (RuntimeException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** The settings for a log line: values of passwords, keys, secrets and JAAS configs are masked. */
    static String describe(Properties props) {
        Map<String, String> shown = new TreeMap<>();
        props.forEach((k, v) -> {
            String key = k.toString();
            boolean secret = key.contains("password") || key.contains("secret") || key.contains("jaas") || key.endsWith(".key")
                    || key.contains("token") || key.contains("credentials");
            shown.put(key, secret ? "****" : v.toString());
        });
        return shown.toString();
    }
}
