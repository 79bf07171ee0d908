package io.claimstream.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Client of the Confluent Schema Registry REST API, which Apicurio also serves under
 * {@code /apis/ccompat/v7}. Only the two calls the wire format needs are made, and their answers
 * are cached for the life of the client because registered schemas never change.
 */
public final class HttpSchemaRegistry implements SchemaRegistry, AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json";
    private static final String API_ROOT_HINT =
            "is the URL the Confluent-compatible API root (for Apicurio, http://host:8080/apis/ccompat/v7)?";
    private static final int MAX_ATTEMPTS = 2;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);
    private static final int MAX_BODY_IN_MESSAGE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Without user-info or trailing slash, so it is safe to show and ready for appending paths. */
    private final String baseUrl;
    private final Duration timeout;
    private final String authorization;
    private final ExecutorService executor;
    private final HttpClient client;
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public HttpSchemaRegistry(String baseUrl) {
        this(baseUrl, DEFAULT_TIMEOUT, null);
    }

    public HttpSchemaRegistry(String baseUrl, Duration timeout) {
        this(baseUrl, timeout, null);
    }

    /**
     * @param timeout bounds connecting and each whole call, retry included
     * @param basicAuthUserInfo {@code user:password} for HTTP basic auth, as in Confluent's
     *     {@code basic.auth.user.info}; when null, user-info in {@code baseUrl} is used if present
     */
    public HttpSchemaRegistry(String baseUrl, Duration timeout, String basicAuthUserInfo) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("schema registry timeout must be positive, got " + timeout);
        }
        URI uri = parseBaseUrl(baseUrl);
        this.baseUrl = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
                + stripTrailingSlashes(uri.getRawPath());
        this.timeout = timeout;
        this.authorization = basicAuthHeader(basicAuthUserInfo != null ? basicAuthUserInfo : uri.getUserInfo());
        // Daemon threads, so that a client nobody closed cannot keep the JVM alive.
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "schema-registry-http");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .executor(executor)
                .build();
    }

    @Override
    public int register(String subject, Schema schema) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
        String schemaJson = schema.toString();
        SubjectSchema key = new SubjectSchema(subject, schemaJson);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        String what = "when registering a schema under subject " + subject;
        JsonNode answer = call("/subjects/" + encodePathSegment(subject) + "/versions",
                toJson(Map.of("schema", schemaJson)), what);
        JsonNode id = answer.get("id");
        if (id == null || !id.canConvertToInt()) {
            throw new SchemaRegistryException(
                    "schema registry at " + baseUrl + " answered without a schema id " + what + ": " + API_ROOT_HINT);
        }
        idsBySubjectSchema.put(key, id.intValue());
        schemasById.putIfAbsent(id.intValue(), schema);
        return id.intValue();
    }

    @Override
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = call("/schemas/ids/" + id, null, "for schema id " + id);
        String schemaType = answer.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(schemaType)) {
            throw new SchemaRegistryException("schema id " + id + " at schema registry " + baseUrl + " is a "
                    + schemaType + " schema, not Avro: the topic holds records claimstream cannot read");
        }
        JsonNode schemaJson = answer.get("schema");
        if (schemaJson == null || !schemaJson.isTextual()) {
            throw new SchemaRegistryException(
                    "schema registry at " + baseUrl + " answered without a schema for schema id " + id + ": " + API_ROOT_HINT);
        }
        Schema schema;
        try {
            schema = new Schema.Parser().parse(schemaJson.asText());
        } catch (AvroRuntimeException e) {
            throw new SchemaRegistryException("schema registry at " + baseUrl + " returned schema id " + id
                    + " which Avro cannot parse (" + oneLine(e.getMessage()) + ")", e);
        }
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced != null ? raced : schema;
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "HttpSchemaRegistry[" + baseUrl + "]";
    }

    /** Makes the call, retrying once after a connection failure or 5xx, all within one timeout. */
    private JsonNode call(String path, String jsonBody, String what) {
        if (closed) {
            throw new IllegalStateException("the schema registry client for " + baseUrl + " is closed");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int attempt = 1; ; attempt++) {
            boolean mayRetry = attempt < MAX_ATTEMPTS;
            HttpResponse<String> response;
            try {
                response = exchange(path, jsonBody, deadline);
            } catch (IOException e) {
                if (mayRetry && pauseBeforeRetry(deadline)) {
                    continue;
                }
                throw unreachable(e);
            }
            int status = response.statusCode();
            if (status >= 500 && mayRetry && pauseBeforeRetry(deadline)) {
                continue;
            }
            if (status < 200 || status > 299) {
                throw rejected(status, response.body(), what);
            }
            try {
                return JSON.readTree(response.body());
            } catch (JsonProcessingException e) {
                throw new SchemaRegistryException("schema registry at " + baseUrl + " answered " + what
                        + " with something that is not JSON: " + API_ROOT_HINT, e);
            }
        }
    }

    /** Throws IOException only for failures worth a retry; timeouts are not, as they used up the time. */
    private HttpResponse<String> exchange(String path, String jsonBody, long deadline) throws IOException {
        long remainingNanos = deadline - System.nanoTime();
        if (remainingNanos <= 0) {
            throw timedOut(null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofNanos(remainingNanos))
                .header("Accept", ACCEPT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (jsonBody == null) {
            request.GET();
        } else {
            request.header("Content-Type", CONTENT_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        // The request timeout alone does not cover reading the body, so the wait is bounded here too.
        CompletableFuture<HttpResponse<String>> response =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return response.get(remainingNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw timedOut(e);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("interrupted while waiting for the schema registry at " + baseUrl, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(cause);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new SchemaRegistryException(
                    "request to the schema registry at " + baseUrl + " failed (" + describe(cause) + ")", cause);
        }
    }

    private boolean pauseBeforeRetry(long deadline) {
        if (deadline - System.nanoTime() <= 2 * RETRY_PAUSE.toNanos()) {
            return false;
        }
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private SchemaRegistryException unreachable(IOException e) {
        return new SchemaRegistryException("schema registry at " + baseUrl + " is not reachable ("
                + connectionProblem(e) + "): start it or pass --schema-registry-url", e);
    }

    private SchemaRegistryException timedOut(Throwable cause) {
        return new SchemaRegistryException("schema registry at " + baseUrl + " did not answer within "
                + formatDuration(timeout) + ": check that it is up and reachable", cause);
    }

    private SchemaRegistryException rejected(int status, String body, String what) {
        StringBuilder message = new StringBuilder("schema registry at ").append(baseUrl)
                .append(" answered ").append(status).append(' ').append(what);
        JsonNode error = parseConfluentError(body);
        if (error != null) {
            message.append(" (error_code ").append(error.get("error_code").asText())
                    .append(": ").append(oneLine(error.path("message").asText())).append(')');
        } else if (body != null && !body.isBlank()) {
            message.append(" (").append(abbreviate(oneLine(body))).append(')');
        }
        if (status == 401 || status == 403) {
            message.append(": check the schema registry user and password");
        } else if (status == 404 && error == null) {
            message.append(": ").append(API_ROOT_HINT);
        }
        return new SchemaRegistryException(message.toString());
    }

    private static JsonNode parseConfluentError(String body) {
        try {
            JsonNode node = body == null ? null : JSON.readTree(body);
            return node != null && node.has("error_code") ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String connectionProblem(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        if (e instanceof ConnectException && (e.getMessage() == null || e.getMessage().isBlank())) {
            return "connection refused";
        }
        return describe(e);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : oneLine(message);
    }

    private static URI parseBaseUrl(String baseUrl) {
        try {
            URI uri = new URI(baseUrl.trim());
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (http && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, in words that name the flag
        }
        // The value may carry a password as user-info, which must not reach a log.
        String shown = baseUrl.replaceAll("//[^/@]*@", "//***@");
        throw new SchemaRegistryException("schema registry URL '" + oneLine(shown)
                + "' is not an http(s) URL: pass e.g. --schema-registry-url http://127.0.0.1:8081");
    }

    private static String basicAuthHeader(String userInfo) {
        if (userInfo == null) {
            return null;
        }
        if (userInfo.indexOf(':') < 0) {
            throw new IllegalArgumentException("schema registry basic auth user-info must have the form user:password");
        }
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    private static String stripTrailingSlashes(String path) {
        String stripped = path == null ? "" : path;
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    /** URLEncoder targets form data, where a space is '+'; in a path '+' is literal. */
    private static String encodePathSegment(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a plain map as JSON", e);
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_BODY_IN_MESSAGE ? text : text.substring(0, MAX_BODY_IN_MESSAGE) + "...";
    }

    private static String formatDuration(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private record SubjectSchema(String subject, String schemaJson) {}
}
