package io.claimstream.web;

import com.sun.net.httpserver.HttpExchange;
import io.claimstream.verdict.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The verdicts as they come: `/api/conflicts?since=CURSOR` pages through them, `/api/stream` pushes them as
 * server-sent events. A client that reconnects sends the last id it saw (the browser's EventSource does so by
 * itself, as Last-Event-ID) and gets what it missed.
 */
final class FeedApi {
    private static final Set<String> PARAMETERS = Set.of("since", "agreements", "limit");
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    /** One verdict as the feed shows it. */
    record Entry(String id, String verdict, String eventId, String eventKey, String eventLabel, String attribute,
                 Verdict.Side claim, List<Verdict.Side> others, String explanation, Instant detectedAt, Instant received) {
        static Entry of(VerdictFeed.Item item) {
            Verdict v = item.verdict();
            return new Entry(item.cursor().toString(), v.verdict().name(), v.eventId(), v.eventKey(), v.eventLabel(),
                    v.attribute(), v.claim(), v.others(), v.explanation(), v.detectedAt(), item.received());
        }
    }

    record Page(List<Entry> items, String next, long contradictions, long agreements) {
    }

    private final VerdictFeed feed;

    FeedApi(VerdictFeed feed) {
        this.feed = feed;
    }

    Page conflicts(String rawQuery) {
        QueryParameters q = QueryParameters.parse("/api/conflicts", rawQuery, PARAMETERS);
        VerdictFeed.Cursor since = q.text("since").map(VerdictFeed.Cursor::parse).orElse(null);
        VerdictFeed.Page page = feed.after(since, q.flag("agreements"), q.integer("limit", 500, 1, 5000));
        return new Page(page.items().stream().map(Entry::of).toList(), page.next().toString(), feed.contradictions(), feed.agreements());
    }

    /** Streams until the client goes away or the server stops; the request's thread is this client's for that long. */
    void stream(HttpExchange exchange) throws IOException, InterruptedException {
        QueryParameters q = QueryParameters.parse("/api/stream", exchange.getRequestURI().getRawQuery(), PARAMETERS);
        String lastSeen = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        if (lastSeen == null || lastSeen.isBlank()) lastSeen = q.text("since").orElse(null);
        VerdictFeed.Cursor cursor = lastSeen == null ? null : VerdictFeed.Cursor.parse(lastSeen.strip());
        boolean agreements = q.flag("agreements");
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            send(out, "retry: 2000\n\n");
            while (!feed.closed()) {
                VerdictFeed.Page page = feed.await(cursor, agreements, 200, HEARTBEAT);
                if (page.items().isEmpty()) send(out, ": still here\n\n");
                for (VerdictFeed.Item item : page.items()) {
                    send(out, "id: " + item.cursor() + "\nevent: verdict\ndata: " + Json.write(Entry.of(item)) + "\n\n");
                }
                cursor = page.next();
            }
        } catch (IOException clientGone) {
            // the browser closed the page or lost the connection; it reconnects with its Last-Event-ID
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
