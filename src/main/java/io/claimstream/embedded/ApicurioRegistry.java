package io.claimstream.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry, run as a child process, for the one-command local demo: it serves the
 * Confluent Schema Registry API the Avro serdes speak. It is a Quarkus application with its own
 * hundred-odd jars, so it runs in its own JVM rather than in ours. Storage is in memory unless an
 * H2 database file is given.
 */
public final class ApicurioRegistry implements AutoCloseable {
    /** The name under {@code target/} that the Maven build unpacks the distribution into. */
    private static final String INSTALL_DIR = "apicurio";
    /** Pinned with the build's apicurio.version: 3.0.x is the last line that runs on Java 17. */
    private static final String RUNNER_JAR = "apicurio-registry-app-3.0.9-runner.jar";

    private static final Logger LOG = LoggerFactory.getLogger(ApicurioRegistry.class);
    private static final String HOME_PROPERTY = "claimstream.registry.home";
    private static final String HOME_ENV = "CLAIMSTREAM_REGISTRY_HOME";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final int LOG_LINES_ON_FAILURE = 15;
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ more)");

    private final Process process;
    private final String ccompatUrl;
    private final Thread shutdownHook;
    private boolean closed;

    private ApicurioRegistry(Process process, String ccompatUrl) {
        this.process = process;
        this.ccompatUrl = ccompatUrl;
        // The child is a separate OS process: without this it would outlive a JVM stopped by Ctrl-C.
        this.shutdownHook = new Thread(this::stopProcess, "apicurio-registry-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the registry with in-memory storage (schemas are gone when it stops) and returns once it answers.
     *
     * @param registryHome the unpacked distribution, e.g. {@link #defaultHome()}
     * @param port the HTTP port, or 0 for a free one
     * @param logFile receives the registry's output, replacing what an earlier run left
     * @throws EmbeddedStartException if the port is taken, the registry is missing, or it does not come up
     */
    public static ApicurioRegistry start(Path registryHome, int port, Path logFile) {
        return launch(registryHome, port, logFile, Optional.empty());
    }

    /**
     * Like {@link #start(Path, int, Path)}, but keeps the schemas in an H2 database, so they survive a restart.
     *
     * @param h2File the database path without H2's {@code .mv.db} suffix; H2 creates its folder if missing
     */
    public static ApicurioRegistry start(Path registryHome, int port, Path logFile, Path h2File) {
        return launch(registryHome, port, logFile, Optional.of(h2File));
    }

    /**
     * Where the unpacked distribution is: the system property {@code claimstream.registry.home}, else
     * the environment variable {@code CLAIMSTREAM_REGISTRY_HOME}, else {@code target/apicurio} under the
     * working directory, else {@code apicurio} beside the running jar (or classes folder) in {@code target/}.
     *
     * @throws EmbeddedStartException if none of these holds the registry
     */
    public static Path defaultHome() {
        String configured = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            if (!Files.isRegularFile(home.resolve(RUNNER_JAR))) {
                throw notInstalled(home.toString());
            }
            return home;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("target", INSTALL_DIR));
        codeLocation().ifPresent(location -> candidates.add(location.resolveSibling(INSTALL_DIR)));
        return candidates.stream()
                .filter(home -> Files.isRegularFile(home.resolve(RUNNER_JAR)))
                .findFirst()
                .orElseThrow(() -> notInstalled(String.join(" or ", candidates.stream().map(Path::toString).toList())));
    }

    /** The Confluent-compatible API root, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}. */
    public String ccompatUrl() {
        return ccompatUrl;
    }

    /** The child process's id, for diagnostics and for checking that it is gone. */
    public long pid() {
        return process.pid();
    }

    /** Stops the registry (SIGTERM, then a forced kill after 15 s) together with any processes it started. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and runs the hook anyway; stopping twice is harmless.
        }
    }

    private static ApicurioRegistry launch(Path registryHome, int port, Path logFile, Optional<Path> h2File) {
        long started = System.nanoTime();
        Path runnerJar = registryHome.toAbsolutePath().resolve(RUNNER_JAR);
        if (!Files.isRegularFile(runnerJar)) {
            throw notInstalled(registryHome.toString());
        }
        int chosenPort = LoopbackPorts.claim(port, "--registry-port");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Enough for a demo's few schemas; Quarkus would otherwise size its heap from the machine.
                "-Xmx256m",
                "-Dquarkus.http.host=" + LoopbackPorts.HOST,
                "-Dquarkus.http.port=" + chosenPort));
        h2File.ifPresent(file ->
                command.add("-Dapicurio.datasource.url=jdbc:h2:file:" + file.toAbsolutePath()));
        command.addAll(List.of("-jar", runnerJar.toString()));

        Process process;
        try {
            Path logFolder = logFile.toAbsolutePath().getParent();
            if (logFolder != null) {
                Files.createDirectories(logFolder);
            }
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
        } catch (IOException e) {
            throw new EmbeddedStartException("cannot launch Apicurio Registry (" + e.getMessage() + ")", e);
        }
        ApicurioRegistry registry = new ApicurioRegistry(process,
                "http://" + LoopbackPorts.HOST + ":" + chosenPort + "/apis/ccompat/v7");
        try {
            registry.awaitReady(logFile);
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        LOG.info("Apicurio Registry ready at {} in {} ms (pid {}, log {})", registry.ccompatUrl,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), process.pid(), logFile);
        return registry;
    }

    /** Polls the subjects list until it answers 200; a refused connection just means not up yet. */
    private void awaitReady(Path logFile) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(POLL_INTERVAL.multipliedBy(4)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(ccompatUrl + "/subjects"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new EmbeddedStartException("Apicurio Registry exited with status " + process.exitValue()
                        + " while starting; the end of " + logFile + ":" + System.lineSeparator() + tail(logFile));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                LOG.debug("Apicurio Registry not ready yet", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedStartException("interrupted while waiting for Apicurio Registry", e);
            }
            sleep(POLL_INTERVAL);
        }
        throw new EmbeddedStartException("Apicurio Registry did not answer at " + ccompatUrl + " within "
                + READY_TIMEOUT.toSeconds() + " s; see " + logFile);
    }

    /** Runs from close() or the shutdown hook, whichever comes first; both may run, so it must be repeatable. */
    private void stopProcess() {
        // Listed before the parent stops: once it has, its children are re-parented and out of reach.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Apicurio Registry (pid {}) did not stop within {} s; killing it", process.pid(),
                        STOP_TIMEOUT.toSeconds());
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    /** The running jar, or the classes folder when run from a build; empty when the class loader hides it. */
    private static Optional<Path> codeLocation() {
        CodeSource source = ApicurioRegistry.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a file: URL (e.g. nested in another archive), so there is no folder beside it
            return Optional.empty();
        }
    }

    private static EmbeddedStartException notInstalled(String where) {
        return new EmbeddedStartException("Apicurio Registry is not installed at " + where
                + ": run `mvn -DskipTests package` first, or set " + HOME_ENV);
    }

    /** The last lines of the log without stack frames, which would crowd out the messages that say what failed. */
    private static String tail(Path logFile) {
        try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            List<String> all = lines.filter(line -> !STACK_FRAME.matcher(line).lookingAt()).toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - LOG_LINES_ON_FAILURE), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read it: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStartException("interrupted while waiting for Apicurio Registry", e);
        }
    }
}
