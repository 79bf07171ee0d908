package io.claimstream.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.claimstream.registry.SchemaRegistry;
import io.claimstream.stream.EventQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard and its read API, on the JDK's own HTTP server: the page and its assets from the jar (nothing
 * from a CDN, so it works offline), `/api/...` as JSON, `/api/stream` as server-sent events. Every error is a
 * JSON object with one line in `error`; a stack trace goes to the log at most, never to the client.
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/style.css", "style.css",
            "/api/openapi.json", "openapi.json");
    /** The page runs only its own script, loads nothing from elsewhere, and cannot be framed. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final HttpServer server;
    private final ExecutorService threads;
    private VerdictFeed feed;
    private EventsApi events;
    private FeedApi verdicts;

    private DashboardServer(HttpServer server) {
        this.server = server;
        AtomicInteger n = new AtomicInteger();
        // a live feed holds its thread for as long as the page is open: threads grow with clients, not a fixed pool
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dashboard-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /**
     * Takes the port (0 picks a free one) before the application starts: the application tells the group this
     * address (`application.server`), so it has to be known, and free, first. Nothing is served until {@link #start}.
     */
    public static DashboardServer bind(String host, int port) {
        try {
            return new DashboardServer(HttpServer.create(new InetSocketAddress(host, port), 50));
        } catch (BindException e) {
            throw new DashboardUnavailableException("cannot serve the dashboard at " + host + ":" + port + " (" + e.getMessage()
                    + "): another program has the port; choose another with --http-port");
        } catch (IOException e) {
            throw new DashboardUnavailableException("cannot serve the dashboard at " + host + ":" + port + ": " + e.getMessage());
        }
    }

    /**
     * Starts serving, the verdict feed reading from the cluster and the events read through {@code queries}.
     *
     * @param feedCapacity how many of the latest verdicts the live feed keeps for clients that catch up
     */
    public void start(Properties clientProps, SchemaRegistry registry, EventQueries queries, int feedCapacity) {
        feed = VerdictFeed.start(clientProps, registry, feedCapacity);
        events = new EventsApi(queries);
        verdicts = new FeedApi(feed);
        server.start();
        LOG.info("dashboard at {}", url());
    }

    public String url() {
        InetSocketAddress at = server.getAddress();
        return "http://" + at.getHostString() + ":" + at.getPort() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                json(exchange, 405, Json.error("the API only reads: use GET"));
                return;
            }
            route(exchange);
        } catch (BadRequestException e) {
            fail(exchange, 400, e.getMessage());
        } catch (EventQueries.NotReadyException e) {
            exchange.getResponseHeaders().set("Retry-After", "2");
            fail(exchange, 503, e.getMessage() + "; retry in a moment");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            LOG.debug("client went away: {}", clientGone.toString());
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.toString(), e);
            fail(exchange, 500, "internal error (" + e.getClass().getSimpleName() + "); the server log has the details");
        } finally {
            exchange.close();
        }
    }

    private static void fail(HttpExchange exchange, int status, String message) {
        try {
            json(exchange, status, Json.error(message));
        } catch (IOException | RuntimeException tooLate) {
            LOG.debug("could not answer {} {}: {}", status, message, tooLate.toString());
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        boolean localOnly = exchange.getRequestHeaders().containsKey(EventsApi.LOCAL_ONLY);
        if (events == null) throw new EventQueries.NotReadyException("the application is starting");
        if (ASSETS.containsKey(path)) {
            asset(exchange, ASSETS.get(path));
        } else if (path.equals("/api/events")) {
            answer(exchange, events.events(rawQuery, localOnly));
        } else if (path.startsWith("/api/events/")) {
            noParameters(path, rawQuery);
            answer(exchange, events.event(path.substring("/api/events/".length()), localOnly));
        } else if (path.equals("/api/conflicts")) {
            json(exchange, 200, verdicts.conflicts(rawQuery));
        } else if (path.equals("/api/stream")) {
            verdicts.stream(exchange);
        } else if (path.equals("/api/stats")) {
            noParameters(path, rawQuery);
            EventsApi.EventList all = (EventsApi.EventList) events.events("limit=1", false).body();
            json(exchange, 200, Map.of("events", all.total(), "claims", all.claims(),
                    "contradictions", feed.contradictions(), "agreements", feed.agreements()));
        } else {
            json(exchange, 404, Json.error("nothing at " + QueryParameters.shorten(path) + "; the API is described at /api/openapi.json"));
        }
    }

    private static void noParameters(String path, String rawQuery) {
        if (rawQuery != null && !rawQuery.isEmpty()) throw new BadRequestException(path + " takes no parameters");
    }

    private static void answer(HttpExchange exchange, EventsApi.Answer answer) throws IOException {
        exchange.getResponseHeaders().set(EventsApi.SERVED_BY, answer.servedBy());
        json(exchange, answer.status(), answer.body());
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "application/json; charset=utf-8", Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void asset(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = DashboardServer.class.getResourceAsStream("/web/" + name)) {
            if (in == null) throw new IllegalStateException("the jar lacks web/" + name);
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".json") ? "application/json" : "text/html";
            send(exchange, 200, type + "; charset=utf-8", in.readAllBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        if (feed == null) {
            // never started: the JDK server releases its socket only from its dispatcher thread, so start it to stop it
            server.start();
            server.stop(0);
            threads.shutdownNow();
            return;
        }
        feed.close();
        server.stop(1);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("dashboard stopped");
    }
}
