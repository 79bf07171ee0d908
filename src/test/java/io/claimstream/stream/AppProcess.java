package io.claimstream.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The claim processor as its own JVM, started as an operator would (`Main run`), so that a test can end it the hard
 * way: {@link #kill()} is SIGKILL on Linux — no shutdown hook, no close, an open transaction left behind. Every
 * process still alive when the test JVM exits is killed, so a failing test leaves none behind.
 */
final class AppProcess implements AutoCloseable {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly)));
    }

    private final Process process;
    private final Path log;
    private final String name;

    private AppProcess(Process process, Path log, String name) {
        this.process = process;
        this.log = log;
        this.name = name;
    }

    /**
     * Starts `run` and returns once it reports that it runs.
     *
     * @param settings Kafka client and Streams settings, passed with --config
     * @param log      the process's output is appended here
     */
    static AppProcess start(String name, String bootstrapServers, String registryUrl, String applicationId, Path stateDir,
                            int partitions, Properties settings, Path log) {
        try {
            Path config = Files.createTempFile(log.getParent(), name + "-", ".properties");
            try (Writer w = Files.newBufferedWriter(config)) {
                settings.store(w, "settings of a test's application process");
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), "io.claimstream.cli.Main", "run",
                    "--bootstrap-servers", bootstrapServers, "--schema-registry-url", registryUrl,
                    "--application-id", applicationId, "--state-dir", stateDir.toString(),
                    "--partitions", String.valueOf(partitions), "--replication-factor", "1", "--config", config.toString(),
                    "--http-port", "0"));
            long logged = Files.exists(log) ? Files.size(log) : 0;
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            LIVE.add(process);
            AppProcess app = new AppProcess(process, log, name);
            app.awaitRunning(logged);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRunning(long logOffset) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new AssertionError(name + " exited with " + process.exitValue() + " before it ran:\n" + logTail());
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            if (text.indexOf("claimstream is running", (int) logOffset) >= 0) return;
            sleep(200);
        }
        throw new AssertionError(name + " did not report that it runs within " + START_TIMEOUT.toSeconds() + " s:\n" + logTail());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the JVM ends at once, whatever it was doing. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: the shutdown hook closes the streams cleanly. */
    void stop() {
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(60))) kill();
    }

    private boolean awaitExit(Duration timeout) {
        try {
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (exited) LIVE.remove(process);
            return exited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many lines of this process's log (shared with the stack's other processes) say this. */
    long linesSaying(String phrase) {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains(phrase)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the process's output, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) kill();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
