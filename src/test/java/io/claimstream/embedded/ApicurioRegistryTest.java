package io.claimstream.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimstream.registry.HttpSchemaRegistry;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real registry that the build unpacks into target/apicurio. */
class ApicurioRegistryTest {
    private static final Schema ARTICLE = SchemaBuilder.record("Article").namespace("io.claimstream.test")
            .fields().requiredString("id").requiredString("text").endRecord();

    @TempDir
    Path workDir;

    @Test
    void servesTheConfluentApiAndStopsItsProcessOnClose() {
        long pid;
        try (ApicurioRegistry registry = ApicurioRegistry.start(ApicurioRegistry.defaultHome(), 0, workDir.resolve("registry.log"))) {
            pid = registry.pid();
            assertThat(registry.ccompatUrl()).matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7");
            int id;
            try (HttpSchemaRegistry writer = new HttpSchemaRegistry(registry.ccompatUrl())) {
                id = writer.register("articles-value", ARTICLE);
            }
            // A second client, so the schema comes from the registry and not from the writer's cache.
            try (HttpSchemaRegistry reader = new HttpSchemaRegistry(registry.ccompatUrl())) {
                assertThat(reader.schemaById(id)).isEqualTo(ARTICLE);
            }
        }
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void keepsSchemasInItsH2FileAcrossARestart() {
        Path database = workDir.resolve("registry-db/registry");
        int id;
        try (ApicurioRegistry registry = start(database);
                HttpSchemaRegistry writer = new HttpSchemaRegistry(registry.ccompatUrl())) {
            id = writer.register("articles-value", ARTICLE);
        }
        try (ApicurioRegistry restarted = start(database);
                HttpSchemaRegistry reader = new HttpSchemaRegistry(restarted.ccompatUrl())) {
            assertThat(reader.schemaById(id)).isEqualTo(ARTICLE);
        }
    }

    @Test
    void refusesATakenPortWithAOneLineHint() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> ApicurioRegistry.start(ApicurioRegistry.defaultHome(), port, workDir.resolve("registry.log")))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessage("port " + port + " on 127.0.0.1 is in use: stop what holds it or pass --registry-port");
        }
    }

    private ApicurioRegistry start(Path database) {
        return ApicurioRegistry.start(ApicurioRegistry.defaultHome(), 0, workDir.resolve("registry.log"), database);
    }

    @Test
    void saysHowToInstallItWhenTheHomeHasNoRegistry() {
        assertThatThrownBy(() -> ApicurioRegistry.start(workDir, 0, workDir.resolve("registry.log")))
                .isInstanceOf(EmbeddedStartException.class)
                .hasMessage("Apicurio Registry is not installed at " + workDir
                        + ": run `mvn -DskipTests package` first, or set CLAIMSTREAM_REGISTRY_HOME");
    }
}
