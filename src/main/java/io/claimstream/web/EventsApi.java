package io.claimstream.web;

import io.claimstream.stream.EventQueries;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * `/api/events` and `/api/events/{id}`, answered from the event view of whichever instance holds each event:
 * an id another instance owns is asked of that instance; the list gathers every instance's part. A request
 * one instance forwards to another carries {@link #LOCAL_ONLY}, so that it is answered there and goes no further.
 */
final class EventsApi {
    static final String LOCAL_ONLY = "X-Claimstream-Local";
    static final String SERVED_BY = "X-Claimstream-Served-By";
    private static final Set<String> LIST_PARAMETERS = Set.of("q", "attribute", "limit", "merged");
    private static final int MAX_ID = 500;

    /** An answer, with the instance ("host:port") that read it from its store. */
    record Answer(int status, Object body, String servedBy) {
    }

    record EventList(int total, long claims, List<EventView.Summary> events) {
    }

    private final EventQueries queries;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    EventsApi(EventQueries queries) {
        this.queries = queries;
    }

    Answer event(String id, boolean localOnly) throws IOException, InterruptedException {
        if (id.isBlank() || id.length() > MAX_ID) throw new BadRequestException("an event id is 1 to " + MAX_ID + " characters");
        if (!localOnly) {
            Optional<String> owner = queries.ownerElsewhere(id);
            if (owner.isPresent()) {
                HttpResponse<String> r = ask(owner.get(), "/api/events/" + pathSegment(id));
                return new Answer(r.statusCode(), Json.read(r.body(), Object.class), owner.get());
            }
        }
        return queries.local(id)
                .map(e -> new Answer(200, EventView.of(e), queries.self()))
                .orElseGet(() -> new Answer(404, Json.error("no event with id '" + QueryParameters.shorten(id) + "'"), queries.self()));
    }

    /**
     * The events matching the query, most recently reported first. Each instance sorts and counts its own part
     * and sends its first {@code limit}; the one asked merges them, so no instance ships its whole store.
     */
    Answer events(String rawQuery, boolean localOnly) throws IOException, InterruptedException {
        QueryParameters q = QueryParameters.parse("/api/events", rawQuery, LIST_PARAMETERS);
        Optional<String> text = q.text("q");
        Optional<String> attribute = q.text("attribute");
        int limit = q.integer("limit", 100, 1, 1000);
        boolean merged = q.flag("merged");
        List<EventView> matching = queries.localAll().stream().map(EventView::of)
                .filter(e -> merged || !e.merged())
                .filter(e -> attribute.map(e::hasAttribute).orElse(true))
                .filter(e -> text.map(e::mentions).orElse(true))
                .toList();
        List<EventList> parts = new ArrayList<>();
        parts.add(new EventList(matching.size(), matching.stream().mapToLong(EventView::claims).sum(),
                matching.stream().map(EventView::summary).sorted(NEWEST_FIRST).limit(limit).toList()));
        if (!localOnly) {
            for (String other : queries.otherInstances()) {
                HttpResponse<String> r = ask(other, "/api/events" + (rawQuery == null ? "" : "?" + rawQuery));
                if (r.statusCode() != 200) throw new EventQueries.NotReadyException("instance " + other + " answered " + r.statusCode());
                parts.add(Json.read(r.body(), EventList.class));
            }
        }
        return new Answer(200, new EventList(parts.stream().mapToInt(EventList::total).sum(), parts.stream().mapToLong(EventList::claims).sum(),
                parts.stream().flatMap(p -> p.events().stream()).sorted(NEWEST_FIRST).limit(limit).toList()), queries.self());
    }

    private static final Comparator<EventView.Summary> NEWEST_FIRST =
            Comparator.comparing(EventView.Summary::lastReported).reversed().thenComparing(EventView.Summary::id);

    private HttpResponse<String> ask(String instance, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + instance + path))
                .header(LOCAL_ONLY, "1").timeout(Duration.ofSeconds(10)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String pathSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
