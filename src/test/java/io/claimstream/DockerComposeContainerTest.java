package io.claimstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Starts docker-compose.yml as it is (Kafka, Apicurio, the app built from the Dockerfile replaying the seeds) and
 * waits for the app to print a contradiction. Needs a Docker engine; without one the class is skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerComposeContainerTest {
    // the first start builds the image with Maven inside Docker, which takes minutes
    private static final Duration STARTUP = Duration.ofMinutes(15);

    @Container
    static final ComposeContainer STACK = new ComposeContainer(new File("docker-compose.yml"))
            .withBuild(true)
            .withRemoveVolumes(true)
            .waitingFor("app", Wait.forLogMessage(".*CONTRADICTION.*", 1).withStartupTimeout(STARTUP))
            .withStartupTimeout(STARTUP);

    @Test
    void theAppPrintsAContradictionFromTheSeeds() {
        String logs = STACK.getContainerByServiceName("app").orElseThrow().getLogs();
        assertThat(logs).contains("CONTRADICTION");
    }
}
