package io.claimstream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import io.claimstream.avro.Article;
import io.claimstream.avro.Claim;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpSchemaRegistryTest {

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    @Test
    void registersOnceAndReadsTheSchemaBack() throws IOException {
        FakeConfluentRegistry server = started(new FakeConfluentRegistry(""));
        HttpSchemaRegistry client = closedLater(new HttpSchemaRegistry(server.url()));

        int id = client.register("articles-value", Article.getClassSchema());
        int again = client.register("articles-value", Article.getClassSchema());
        int other = client.register("claims-value", Claim.getClassSchema());

        assertThat(again).isEqualTo(id);
        assertThat(other).isNotEqualTo(id);
        assertThat(server.posts()).isEqualTo(2);
        assertThat(server.contentTypes).containsOnly("application/vnd.schemaregistry.v1+json");
        assertThat(server.rawPaths).containsExactly("/subjects/articles-value/versions", "/subjects/claims-value/versions");

        HttpSchemaRegistry reader = closedLater(new HttpSchemaRegistry(server.url()));
        assertThat(reader.schemaById(id)).isEqualTo(Article.getClassSchema());
        assertThat(reader.schemaById(id)).isEqualTo(Article.getClassSchema());
        assertThat(server.gets()).isEqualTo(1);
    }

    @Test
    void worksUnderAnApiRootWithATrailingSlashAndEncodesTheSubject() throws IOException {
        FakeConfluentRegistry server = started(new FakeConfluentRegistry("/apis/ccompat/v7"));
        HttpSchemaRegistry client = closedLater(new HttpSchemaRegistry(server.url() + "/"));

        client.register("news feed/articles-value", Article.getClassSchema());

        assertThat(server.rawPaths).containsExactly("/subjects/news%20feed%2Farticles-value/versions");
    }

    @Test
    void sendsBasicAuthWithoutShowingThePassword() throws IOException {
        FakeConfluentRegistry server = started(new FakeConfluentRegistry(""));
        String withUserInfo = server.url().replace("http://", "http://reader:s3cret@");
        HttpSchemaRegistry client = closedLater(new HttpSchemaRegistry(withUserInfo));

        client.register("articles-value", Article.getClassSchema());

        String expected = "Basic " + Base64.getEncoder().encodeToString("reader:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(server.authorizations).containsExactly(expected);
        assertThat(client.toString()).doesNotContain("s3cret").contains(server.url());
        assertThatThrownBy(() -> client.schemaById(99)).message().doesNotContain("s3cret");
    }

    @Test
    void reportsConfluentErrorsInOneLine() throws IOException {
        FakeConfluentRegistry server = started(new FakeConfluentRegistry(""));
        HttpSchemaRegistry client = closedLater(new HttpSchemaRegistry(server.url()));

        assertThatThrownBy(() -> client.schemaById(42))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("schema registry at " + server.url()
                        + " answered 404 for schema id 42 (error_code 40403: Schema 42 not found)");
    }

    @Test
    void retriesOnceAfterAServerError() throws IOException {
        FakeConfluentRegistry server = started(new FakeConfluentRegistry(""));
        HttpSchemaRegistry client = closedLater(new HttpSchemaRegistry(server.url()));
        server.failNext(1);

        int id = client.register("articles-value", Article.getClassSchema());

        assertThat(id).isEqualTo(1);
        assertThat(server.posts()).isEqualTo(2);
    }

    @Test
    void givesUpAfterTwoServerErrors() throws IOException {
        FakeConfluentRegistry server = started(new FakeConfluentRegistry(""));
        HttpSchemaRegistry client = closedLater(new HttpSchemaRegistry(server.url()));
        server.failNext(2);

        assertThatThrownBy(() -> client.register("articles-value", Article.getClassSchema()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("answered 503 when registering a schema under subject articles-value")
                .hasMessageContaining("error_code 50003");
    }

    @Test
    void reportsARefusedConnectionWithinTheTimeout() throws IOException {
        String url = "http://127.0.0.1:" + closedPort();
        HttpSchemaRegistry client = closedLater(new HttpSchemaRegistry(url, Duration.ofSeconds(2)));

        assertTimeoutPreemptively(Duration.ofSeconds(4), () -> {
            assertThatThrownBy(() -> client.register("articles-value", Article.getClassSchema()))
                    .isInstanceOf(SchemaRegistryException.class)
                    .hasMessage("schema registry at " + url
                            + " is not reachable (connection refused): start it or pass --schema-registry-url");
        });
    }

    @Test
    void stopsWaitingForASilentRegistryAtTheTimeout() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService handlers = Executors.newCachedThreadPool();
        HttpServer silent = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        silent.setExecutor(handlers);
        silent.createContext("/", exchange -> {
            try (exchange) {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        silent.start();
        toClose.add(handlers::shutdownNow);
        toClose.add(() -> silent.stop(0));
        toClose.add(release::countDown);
        String url = "http://127.0.0.1:" + silent.getAddress().getPort();
        HttpSchemaRegistry client = closedLater(new HttpSchemaRegistry(url, Duration.ofMillis(500)));

        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            assertThatThrownBy(() -> client.schemaById(1))
                    .isInstanceOf(SchemaRegistryException.class)
                    .hasMessage("schema registry at " + url + " did not answer within 500 ms: check that it is up and reachable");
        });
    }

    @Test
    void rejectsAUrlThatIsNotHttp() {
        assertThatThrownBy(() -> new HttpSchemaRegistry("localhost:8081"))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("--schema-registry-url");
    }

    private FakeConfluentRegistry started(FakeConfluentRegistry server) {
        toClose.add(server);
        return server;
    }

    private HttpSchemaRegistry closedLater(HttpSchemaRegistry client) {
        toClose.add(client);
        return client;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
