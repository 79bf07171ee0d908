package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What an operator sees when what `run`, `replay` or `tail` need is not there: one line, a non-zero exit, soon. */
class RunCommandTest {
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String[] runAndCapture(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(exit), err.toString(StandardCharsets.UTF_8).strip()};
    }

    @Test
    void aRegistryThatIsNotThereIsOneLineAndExitTwoWithinThirtySeconds() throws IOException {
        int registry = closedPort(), broker = closedPort();
        for (String command : new String[] {"run", "replay", "tail"}) {
            long started = System.nanoTime();
            String[] result = command.equals("replay")
                    ? runAndCapture(command, "seeds", "--bootstrap-servers", "127.0.0.1:" + broker, "--schema-registry-url", "http://127.0.0.1:" + registry)
                    : runAndCapture(command, "--bootstrap-servers", "127.0.0.1:" + broker, "--schema-registry-url", "http://127.0.0.1:" + registry);
            assertThat(System.nanoTime() - started).as(command).isLessThan(TimeUnit.SECONDS.toNanos(30));
            if (command.equals("tail")) {
                // tail needs the broker first: it is the broker that is reported missing
                assertThat(result[0]).as(command).isNotEqualTo("0");
                continue;
            }
            assertThat(result[0]).as(command).isEqualTo("2");
            assertThat(result[1]).as(command).contains("http://127.0.0.1:" + registry).contains("not reachable")
                    .contains("--schema-registry-url").doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void settingsNameSecretsOnlyMasked() {
        var props = new java.util.Properties();
        props.setProperty("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required password=\"hunter2\";");
        props.setProperty("ssl.truststore.password", "hunter2");
        props.setProperty("security.protocol", "SASL_SSL");
        String shown = ConnectionOptions.describe(props);
        assertThat(shown).doesNotContain("hunter2").contains("security.protocol=SASL_SSL").contains("sasl.jaas.config=****");
    }

    @Test
    void kafkaClientSettingsComeFromTheEnvironment() {
        ConnectionOptions options = new ConnectionOptions();
        options.bootstrapServers = "broker:9092";
        var props = options.clientProperties(java.util.Map.of("CLAIMSTREAM_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "CLAIMSTREAM_KAFKA_SASL_MECHANISM", "PLAIN", "OTHER_VARIABLE", "x"));
        assertThat(props).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("bootstrap.servers", "broker:9092").hasSize(3);
    }
}
