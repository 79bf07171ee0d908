package io.claimstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that docker-compose.yml and the Dockerfile agree with each other and with the app's command line, without
 * Docker: the addresses the app is given are the ones the services listen on, and every CLAIMSTREAM_* variable is
 * one the app reads.
 */
class DockerComposeTest {
    static final Set<String> APP_SETTINGS = Set.of("CLAIMSTREAM_BOOTSTRAP_SERVERS", "CLAIMSTREAM_SCHEMA_REGISTRY_URL",
            "CLAIMSTREAM_APPLICATION_ID", "CLAIMSTREAM_STATE_DIR");

    static String composeText;
    static JsonNode services;

    @BeforeAll
    static void parse() throws IOException {
        composeText = Files.readString(Path.of("docker-compose.yml"));
        services = new YAMLMapper().readTree(composeText).path("services");
    }

    @Test
    void theStackHasKafkaRegistryAndApp() {
        assertThat(names(services)).contains("kafka", "registry", "app");
    }

    @Test
    void kafkaPublishes9092AndTellsContainersKafka9092() {
        JsonNode kafka = services.path("kafka");
        assertThat(publishedPorts(kafka)).containsKey(9092);
        assertThat(containerListener()).isEqualTo("kafka:9092");
        assertThat(environment(kafka).get("KAFKA_PROCESS_ROLES")).contains("broker").contains("controller");
    }

    @Test
    void theRegistryIsApicurio30On8080() {
        JsonNode registry = services.path("registry");
        assertThat(registry.path("image").asText()).matches("apicurio/apicurio-registry:3\\.0\\.\\d+");
        assertThat(publishedPorts(registry)).containsEntry(8080, 8080);
    }

    @Test
    void theAppIsGivenTheAddressesTheServicesListenOn() {
        List<String> command = command(services.path("app"));
        assertThat(command.get(0)).isEqualTo("run");
        assertThat(option(command, "--bootstrap-servers")).isEqualTo(containerListener());

        URI registry = URI.create(option(command, "--schema-registry-url"));
        assertThat(registry.getHost()).isEqualTo("registry");
        assertThat(registry.getPort()).isIn(publishedPorts(services.path("registry")).values());
        assertThat(registry.getPath()).isEqualTo("/apis/ccompat/v7");
        assertThat(command).contains("--replay", "seeds", "--print");
    }

    @Test
    void theAppsEnvironmentNamesOnlySettingsTheAppReads() {
        Set<String> used = new TreeSet<>();
        Matcher name = Pattern.compile("CLAIMSTREAM_[A-Z0-9_]+").matcher(composeText);
        while (name.find()) used.add(name.group());
        assertThat(used).isSubsetOf(APP_SETTINGS);

        Map<String, String> env = environment(services.path("app"));
        List<String> command = command(services.path("app"));
        assertThat(env).containsEntry("CLAIMSTREAM_BOOTSTRAP_SERVERS", option(command, "--bootstrap-servers"))
                .containsEntry("CLAIMSTREAM_SCHEMA_REGISTRY_URL", option(command, "--schema-registry-url"))
                .containsEntry("CLAIMSTREAM_APPLICATION_ID", "claimstream")
                .containsEntry("CLAIMSTREAM_STATE_DIR", "/var/lib/claimstream");
    }

    @Test
    void theAppStartsAfterHealthyKafkaAndRegistry() {
        JsonNode app = services.path("app");
        assertThat(app.path("build").isMissingNode()).isFalse();
        for (String dependency : List.of("kafka", "registry")) {
            assertThat(app.path("depends_on").path(dependency).path("condition").asText()).isEqualTo("service_healthy");
            assertThat(services.path(dependency).path("healthcheck").path("test").isMissingNode()).as(dependency).isFalse();
        }
    }

    @Test
    void theDockerfileBuildsWithMavenAndCopiesTheJarAndSeeds() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
        assertThat(lines).anyMatch(l -> l.matches("FROM maven:3\\.9-eclipse-temurin-17\\b.*"))
                .anyMatch(l -> l.matches("FROM eclipse-temurin:17-jre\\b.*"))
                .anyMatch(l -> l.startsWith("COPY") && l.contains("target/claimstream.jar"))
                .anyMatch(l -> l.startsWith("COPY") && l.matches(".*\\sseeds/?\\s.*"));
        // what the build copies must not be ignored
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).noneMatch(l -> l.matches("/?(seeds|src|schemas|pom\\.xml)/?"));
    }

    /** The address the broker advertises on the listener other containers use. */
    private static String containerListener() {
        Map<String, String> env = environment(services.path("kafka"));
        String listenerName = env.getOrDefault("KAFKA_INTER_BROKER_LISTENER_NAME", "PLAINTEXT");
        for (String listener : env.get("KAFKA_ADVERTISED_LISTENERS").split(",")) {
            String[] parts = listener.trim().split("://", 2);
            if (parts[0].equals(listenerName)) return parts[1];
        }
        throw new AssertionError("no advertised " + listenerName + " listener in " + env.get("KAFKA_ADVERTISED_LISTENERS"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Published ports, host port → container port, in either the short ("9092:19092") or long syntax. */
    private static Map<Integer, Integer> publishedPorts(JsonNode service) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (JsonNode port : service.path("ports")) {
            if (port.isObject()) {
                ports.put(port.path("published").asInt(), port.path("target").asInt());
            } else {
                String[] parts = port.asText().split("/")[0].split(":");
                int target = Integer.parseInt(parts[parts.length - 1]);
                ports.put(parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : target, target);
            }
        }
        return ports;
    }

    /** A service's environment in either the map or the list ("NAME=value") syntax. */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            for (JsonNode entry : node) {
                String[] parts = entry.asText().split("=", 2);
                env.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } else {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    private static List<String> command(JsonNode service) {
        JsonNode command = service.path("command");
        List<String> words = new ArrayList<>();
        if (command.isArray()) command.forEach(w -> words.add(w.asText()));
        else words.addAll(List.of(command.asText().trim().split("\\s+")));
        return words;
    }

    private static String option(List<String> command, String name) {
        for (int i = 0; i < command.size(); i++) {
            if (command.get(i).equals(name) && i + 1 < command.size()) return command.get(i + 1);
            if (command.get(i).startsWith(name + "=")) return command.get(i).substring(name.length() + 1);
        }
        throw new AssertionError("the app's command has no " + name + ": " + command);
    }
}
