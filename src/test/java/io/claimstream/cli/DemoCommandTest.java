package io.claimstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's main command, end to end: everything starts, the seeds' contradictions print, and stopping leaves nothing behind. */
class DemoCommandTest {
    @TempDir
    Path dataDir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void startsTheWholeStackPrintsContradictionsAndStopsCleanly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        DemoCommand demo = new DemoCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int kafkaPort = freePort(), controllerPort = freePort(), registryPort = freePort(), httpPort = freePort();
        List<ProcessHandle> childrenBefore = ProcessHandle.current().children().toList();
        int[] exit = {-1};
        Thread run = new Thread(() -> exit[0] = new CommandLine(demo).execute("--data-dir", dataDir.toString(),
                "--kafka-port", String.valueOf(kafkaPort), "--kafka-controller-port", String.valueOf(controllerPort),
                "--registry-port", String.valueOf(registryPort), "--http-port", String.valueOf(httpPort), "seeds"));
        run.start();

        List<ProcessHandle> registry;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // verdicts come out as each commit completes: wait for both seed dates of the council meeting
            while (!(out.toString(StandardCharsets.UTF_8).contains("2022-12-12") && out.toString(StandardCharsets.UTF_8).contains("2022-01-12"))
                    && System.nanoTime() < deadline && run.isAlive()) {
                Thread.sleep(250);
            }
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).as("stderr:%n%s", err.toString(StandardCharsets.UTF_8))
                    .contains("CONTRADICTION").contains("2022-12-12").contains("2022-01-12");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("dashboard: http://127.0.0.1:" + httpPort + "/");
            String conflicts = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + httpPort + "/api/conflicts")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(conflicts).as("the dashboard's API serves the same verdicts").contains("2022-12-12");
            registry = ProcessHandle.current().children().filter(p -> !childrenBefore.contains(p)).toList();
            assertThat(registry).as("the registry runs as a child process").isNotEmpty();
        } finally {
            // a broker left running when its temporary directory is deleted halts the JVM: stop it whatever happened
            demo.stop();
        }
        run.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(run.isAlive()).isFalse();
        assertThat(exit[0]).isZero();
        assertThat(registry).noneMatch(ProcessHandle::isAlive);
        assertThat(List.of(kafkaPort, controllerPort, registryPort, httpPort)).allMatch(DemoCommandTest::isFree);
    }
}
