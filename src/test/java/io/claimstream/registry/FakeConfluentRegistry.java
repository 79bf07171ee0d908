package io.claimstream.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two Confluent Schema Registry endpoints claimstream uses, on a loopback port, recording what
 * it was asked so tests can check caching, paths and headers.
 */
final class FakeConfluentRegistry implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REGISTER = Pattern.compile("/subjects/([^/]+)/versions");
    private static final Pattern BY_ID = Pattern.compile("/schemas/ids/(\\d+)");

    private final HttpServer server;
    private final String contextPath;
    private final Map<String, Integer> idsBySchema = new ConcurrentHashMap<>();
    private final Map<Integer, String> schemasById = new ConcurrentHashMap<>();
    private final AtomicInteger lastId = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    private final AtomicInteger gets = new AtomicInteger();
    private final AtomicInteger failuresToServe = new AtomicInteger();
    final List<String> rawPaths = new CopyOnWriteArrayList<>();
    final List<String> contentTypes = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    FakeConfluentRegistry(String contextPath) throws IOException {
        this.contextPath = contextPath;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(contextPath.isEmpty() ? "/" : contextPath, this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + contextPath;
    }

    int posts() {
        return posts.get();
    }

    int gets() {
        return gets.get();
    }

    /** The next {@code count} requests get a 503, as from a registry that is still starting. */
    void failNext(int count) {
        failuresToServe.set(count);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring(contextPath.length());
            rawPaths.add(path);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                countRequest(exchange);
                respond(exchange, 503, Map.of("error_code", 50003, "message", "Error while forwarding the request"));
                return;
            }
            Matcher register = REGISTER.matcher(path);
            Matcher byId = BY_ID.matcher(path);
            if ("POST".equals(exchange.getRequestMethod()) && register.matches()) {
                posts.incrementAndGet();
                contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
                String schema = JSON.readTree(exchange.getRequestBody()).get("schema").asText();
                int id = idsBySchema.computeIfAbsent(schema, s -> lastId.incrementAndGet());
                schemasById.put(id, schema);
                respond(exchange, 200, Map.of("id", id));
            } else if ("GET".equals(exchange.getRequestMethod()) && byId.matches()) {
                gets.incrementAndGet();
                int id = Integer.parseInt(byId.group(1));
                String schema = schemasById.get(id);
                if (schema == null) {
                    respond(exchange, 404, Map.of("error_code", 40403, "message", "Schema " + id + " not found"));
                } else {
                    respond(exchange, 200, Map.of("schema", schema));
                }
            } else {
                respond(exchange, 404, Map.of("error_code", 404, "message", "HTTP 404 Not Found"));
            }
        }
    }

    private void countRequest(HttpExchange exchange) {
        if ("POST".equals(exchange.getRequestMethod())) {
            posts.incrementAndGet();
        } else {
            gets.incrementAndGet();
        }
    }

    private static void respond(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
