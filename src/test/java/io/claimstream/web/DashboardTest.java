package io.claimstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.SeedGold;
import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard and its API on the real stack: a KRaft broker, an Apicurio registry process and two application
 * instances sharing topics of two partitions, fed the seed articles and one article whose title and source are
 * markup. What the API answers is checked against seeds/gold.json; the page is checked in headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {
    private static final String XSS_TITLE = "<script>alert(1)</script>";
    private static final String XSS_SOURCE = "<img src=x onerror=\"window.xssRan=true\">Wire";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SeedGold gold;
    private Map<String, Article> seeds;
    private LiveDashboards live;

    @BeforeAll
    void startAndReplay() throws Exception {
        gold = SeedGold.load();
        List<Article> articles = new ArrayList<>(ArticleSources.read(List.of(SeedGold.SEEDS)));
        seeds = new HashMap<>();
        articles.forEach(a -> seeds.put(a.id(), a));
        articles.add(new Article("xss-probe", XSS_SOURCE, null, XSS_TITLE,
                "A magnitude 6.1 earthquake struck Peru on January 11, killing 12 people, officials said. "
                        + "Rescue teams searched collapsed houses in the Andes on Wednesday.",
                Instant.parse("2022-01-12T09:00:00Z"), "en"));
        live = new LiveDashboards(2);
        live.publish(articles);
        await("every gold contradiction in /api/conflicts", Duration.ofSeconds(120),
                () -> gold.required.stream().allMatch(c -> !matching(conflicts(0, ""), c).isEmpty()));
        await("the article with markup in its title among the events", Duration.ofSeconds(60),
                () -> get(0, "/api/events?q=" + URLEncoder.encode(XSS_TITLE, StandardCharsets.UTF_8)).body.path("total").asInt() == 1);
    }

    @AfterAll
    void stop() {
        if (live != null) live.close();
    }

    @Test
    void conflictsHoldEachGoldContradictionAndACursorGivesOnlyWhatCameAfterIt() {
        JsonNode page = get(0, "/api/conflicts").body;
        for (SeedGold.Contradiction c : gold.required) {
            assertThat(matching(page.get("items"), c)).as("gold %s", c.id()).isNotEmpty();
        }
        page.get("items").forEach(item -> assertThat(item.get("verdict").asText()).isEqualTo("CONTRADICTION"));
        assertThat(page.get("contradictions").asLong()).isEqualTo(page.get("items").size());

        JsonNode after = get(0, "/api/conflicts?since=" + page.get("next").asText()).body;
        assertThat(after.get("items")).isEmpty();
        JsonNode withAgreements = get(0, "/api/conflicts?agreements=true").body;
        assertThat(withAgreements.get("items").size()).isEqualTo(page.get("contradictions").asInt() + page.get("agreements").asInt());
    }

    @Test
    void eventsShowEveryGoldValueWithItsSourcesAndEvidence() throws InterruptedException {
        // `events` is published a second at a time, after the verdicts: what the view shows catches up within seconds
        eventually(Duration.ofSeconds(30), this::eventsMatchGold);
    }

    private void eventsMatchGold() {
        List<JsonNode> events = allEvents(0);
        for (SeedGold.Contradiction c : gold.required) {
            JsonNode event = eventWith(events, c.attribute(), c.odd(), c.consensus());
            JsonNode attribute = attribute(event, c.attribute());
            assertThat(attribute.get("consensus").asText()).as("%s consensus", c.id()).contains(c.consensus().match());
            for (JsonNode value : attribute.get("values")) {
                if (SeedGold.matches(c.odd().match(), value.get("value").asText())) assertThat(value.get("agrees").asBoolean()).isFalse();
                if (SeedGold.matches(c.consensus().match(), value.get("value").asText())) assertThat(value.get("agrees").asBoolean()).isTrue();
            }
            for (JsonNode claim : claimsOf(attribute, c.odd().match())) {
                if (!claim.get("articleId").asText().equals(c.odd().articles().get(0))) continue;
                String goldText = gold.claims.stream()
                        .filter(g -> g.article().equals(c.odd().articles().get(0)) && g.attribute().equals(c.attribute())
                                && SeedGold.matches(c.odd().match(), g.value()))
                        .findFirst().orElseThrow().text();
                assertThat(squeeze(claim.get("sentence").asText())).as("%s evidence", c.id()).contains(squeeze(goldText));
                assertThat(claim.get("sentence").asText()).contains(claim.get("display").asText());
            }
        }
        for (SeedGold.Agreement a : gold.agreements) {
            // an agreement needs two of its articles: the seeds' extraction misses some claims gold lists (score-verdicts asks the same)
            JsonNode attribute = attribute(eventWithMost(events, a.attribute(), a.side()), a.attribute());
            assertThat(attribute.get("consensus").isNull()).as("%s has a consensus", a.id()).isFalse();
            for (JsonNode value : attribute.get("values")) {
                if (SeedGold.matches(a.side().match(), value.get("value").asText())) assertThat(value.get("agrees").asBoolean()).as(a.id()).isTrue();
            }
        }
        for (JsonNode event : events) {
            Set<String> articles = new HashSet<>();
            for (JsonNode attribute : event.get("attributes")) {
                for (JsonNode value : attribute.get("values")) {
                    for (JsonNode claim : value.get("claims")) {
                        Article article = seeds.get(claim.get("articleId").asText());
                        if (article == null) continue;
                        articles.add(article.id());
                        assertThat(claim.get("source").isNull() ? null : claim.get("source").asText()).isEqualTo(article.source());
                        assertThat(claim.get("title").isNull() ? null : claim.get("title").asText()).isEqualTo(article.title());
                    }
                }
            }
            assertThat(event.get("sources").asInt()).as("sources of %s", event.get("label")).isGreaterThanOrEqualTo(articles.size());
        }
    }

    @Test
    void eitherInstanceAnswersForEveryEventAskingTheOneThatHoldsIt() throws InterruptedException {
        eventually(Duration.ofSeconds(30), this::bothInstancesAnswerAlike);
    }

    private void bothInstancesAnswerAlike() {
        Response list0 = get(0, "/api/events?limit=1000");
        Response list1 = get(1, "/api/events?limit=1000");
        assertThat(list0.body.get("events")).isEqualTo(list1.body.get("events"));
        Map<Integer, Integer> servedBy = new HashMap<>();
        for (JsonNode summary : list0.body.get("events")) {
            String path = "/api/events/" + URLEncoder.encode(summary.get("id").asText(), StandardCharsets.UTF_8).replace("+", "%20");
            Response viaFirst = get(0, path);
            Response viaSecond = get(1, path);
            assertThat(viaFirst.status).isEqualTo(200);
            assertThat(viaFirst.body).isEqualTo(viaSecond.body);
            assertThat(viaFirst.servedBy).isEqualTo(viaSecond.servedBy);
            int owner = viaFirst.servedBy.equals("127.0.0.1:" + live.dashboards.get(0).port()) ? 0 : 1;
            servedBy.merge(owner, 1, Integer::sum);
            assertThat(viaFirst.body.get("id").asText()).isEqualTo(summary.get("id").asText());
        }
        assertThat(servedBy).as("events read from each instance's store").containsKeys(0, 1);
    }

    @Test
    void badRequestsAreAnsweredWithOneLineAndNoStackTrace() {
        Map<String, Integer> cases = Map.of(
                "/api/events?limit=many", 400,
                "/api/events?limit=0", 400,
                "/api/events?colour=red", 400,
                "/api/conflicts?since=yesterday", 400,
                "/api/conflicts?agreements=maybe", 400,
                "/api/events/no-such-event", 404,
                "/api/nothing-here", 404,
                "/api/events/" + "x".repeat(600), 400);
        cases.forEach((path, status) -> {
            Response r = get(0, path);
            assertThat(r.status).as(path).isEqualTo(status);
            String error = r.body.get("error").asText();
            assertThat(error).as(path).isNotBlank().doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
        });
        assertThat(get(0, "/api/events?limit=many").body.get("error").asText()).contains("limit").contains("1 to 1000");
    }

    @Test
    void theStreamPushesVerdictsAndAReconnectingClientGetsWhatItMissed() throws Exception {
        List<String> first = streamIds(0, null, 3);
        List<String> resumed = streamIds(0, first.get(1), 1);
        assertThat(resumed.get(0)).isEqualTo(first.get(2));
    }

    @Test
    void theBrowserShowsTheLiveFeedAndAnEventPageAndArticleMarkupAsText() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            // the page re-renders as verdicts arrive and pages change: an element found a moment ago may be gone
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            String url = live.dashboards.get(1).url();
            browser.get(url);
            // the live feed: each gold contradiction shown with both values and the articles that gave them
            wait.until(d -> gold.required.stream().allMatch(c -> feedItem(d, c) != null));
            for (SeedGold.Contradiction c : gold.required) {
                WebElement item = feedItem(browser, c);
                assertThat(item.findElement(By.cssSelector(".attribute")).getText()).isEqualTo(c.attribute());
                assertThat(item.findElement(By.cssSelector(".arrived")).getText()).startsWith("arrived ");
            }
            assertThat(browser.findElements(By.cssSelector("li.verdict.agreement"))).isEmpty();
            browser.findElement(By.id("show-agreements")).click();
            wait.until(d -> !d.findElements(By.cssSelector("li.verdict.agreement")).isEmpty());
            browser.findElement(By.id("show-agreements")).click();
            wait.until(d -> Long.parseLong(d.findElement(By.id("count-contradictions")).getText().replace("–", "0")) >= gold.required.size());
            screenshot(browser, "dashboard-feed.png");

            // one event page: both values, the consensus, the evidence with the value marked
            SeedGold.Contradiction first = gold.required.get(0);
            feedItem(browser, first).findElement(By.cssSelector(".event-label a")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#event-page .attribute-block[data-attribute='" + first.attribute() + "']")).isEmpty());
            WebElement block = browser.findElement(By.cssSelector(".attribute-block[data-attribute='" + first.attribute() + "']"));
            List<WebElement> rows = block.findElements(By.cssSelector(".value-row"));
            WebElement odd = rows.stream().filter(r -> SeedGold.matches(first.odd().match(), r.getAttribute("data-value"))).findFirst().orElseThrow();
            WebElement consensus = rows.stream().filter(r -> SeedGold.matches(first.consensus().match(), r.getAttribute("data-value"))).findFirst().orElseThrow();
            assertThat(consensus.getAttribute("class")).contains("consensus");
            assertThat(consensus.findElement(By.cssSelector(".badge")).getText()).isEqualTo("CONSENSUS");
            assertThat(odd.getAttribute("class")).contains("dissent");
            assertThat(odd.findElement(By.cssSelector(".badge")).getText()).isEqualTo("DISSENT");
            WebElement oddClaim = odd.findElement(By.cssSelector(".claim[data-article='" + first.odd().articles().get(0) + "']"));
            String goldText = gold.claims.stream().filter(g -> g.article().equals(first.odd().articles().get(0))
                    && g.attribute().equals(first.attribute()) && SeedGold.matches(first.odd().match(), g.value())).findFirst().orElseThrow().text();
            assertThat(squeeze(oddClaim.findElement(By.cssSelector(".sentence")).getText())).contains(squeeze(goldText));
            assertThat(oddClaim.findElement(By.cssSelector(".sentence mark")).getText()).isNotBlank();
            for (String article : first.consensus().articles()) {
                assertThat(consensus.findElements(By.cssSelector(".claim[data-article='" + article + "']"))).as(article).hasSize(1);
            }
            assertThat(browser.findElements(By.cssSelector("#timeline svg.timeline circle.dot"))).hasSizeGreaterThanOrEqualTo(1 + first.consensus().articles().size());
            screenshot(browser, "dashboard-event.png");

            // the article whose title and source are markup: shown as text, nothing run
            String xssId = get(0, "/api/events?q=" + URLEncoder.encode(XSS_TITLE, StandardCharsets.UTF_8)).body.get("events").get(0).get("id").asText();
            browser.get(url + "#/events/" + URLEncoder.encode(xssId, StandardCharsets.UTF_8).replace("+", "%20"));
            wait.until(d -> d.findElements(By.cssSelector(".claim .title")).stream().anyMatch(t -> t.getText().equals(XSS_TITLE)));
            assertThat(browser.findElements(By.cssSelector(".claim .source"))).extracting(WebElement::getText).contains(XSS_SOURCE);
            assertThat(browser.findElements(By.tagName("img"))).isEmpty();
            assertThat(((JavascriptExecutor) browser).executeScript("return window.xssRan === true")).isEqualTo(false);
            boolean alerted;
            try {
                browser.switchTo().alert();
                alerted = true;
            } catch (NoAlertPresentException none) {
                alerted = false;
            }
            assertThat(alerted).as("an alert from the article's title").isFalse();
            screenshot(browser, "dashboard-markup.png");
        } finally {
            browser.quit();
        }
    }

    // ---- reading the API ----

    private record Response(int status, JsonNode body, String servedBy) {
    }

    private Response get(int instance, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(live.dashboards.get(instance).url() + path.substring(1)))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), json.readTree(r.body()), r.headers().firstValue(EventsApi.SERVED_BY).orElse(null));
        } catch (Exception e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        }
    }

    private JsonNode conflicts(int instance, String query) {
        return get(instance, "/api/conflicts" + query).body.get("items");
    }

    private static List<JsonNode> matching(JsonNode items, SeedGold.Contradiction c) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.get("attribute").asText().equals(c.attribute())) continue;
            List<JsonNode> sides = new ArrayList<>();
            sides.add(item.get("claim"));
            item.get("others").forEach(sides::add);
            boolean odd = sides.stream().anyMatch(s -> on(c.odd(), s));
            boolean consensus = sides.stream().anyMatch(s -> on(c.consensus(), s));
            if (odd && consensus) found.add(item);
        }
        return found;
    }

    private static boolean on(SeedGold.Side side, JsonNode claim) {
        return side.articles().contains(claim.get("articleId").asText()) && SeedGold.matches(side.match(), claim.get("value").asText());
    }

    private List<JsonNode> allEvents(int instance) {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode summary : get(instance, "/api/events?limit=1000").body.get("events")) {
            events.add(get(instance, "/api/events/" + URLEncoder.encode(summary.get("id").asText(), StandardCharsets.UTF_8).replace("+", "%20")).body);
        }
        return events;
    }

    /** The one event whose attribute has, for each side, values matching it given by all of the side's articles. */
    private static JsonNode eventWith(List<JsonNode> events, String attribute, SeedGold.Side... sides) {
        List<JsonNode> found = events.stream().filter(e -> {
            JsonNode a = attribute(e, attribute);
            if (a == null) return false;
            for (SeedGold.Side side : sides) {
                Set<String> articles = new HashSet<>();
                claimsOf(a, side.match()).forEach(c -> articles.add(c.get("articleId").asText()));
                if (!articles.containsAll(side.articles())) return false;
            }
            return true;
        }).toList();
        assertThat(found).as("events with %s values %s", attribute, List.of(sides)).hasSize(1);
        return found.get(0);
    }

    /** The event whose attribute has values matching the side from the most of its articles, at least two. */
    private static JsonNode eventWithMost(List<JsonNode> events, String attribute, SeedGold.Side side) {
        JsonNode best = null;
        int most = 0;
        for (JsonNode e : events) {
            JsonNode a = attribute(e, attribute);
            if (a == null) continue;
            Set<String> articles = new HashSet<>();
            claimsOf(a, side.match()).forEach(c -> articles.add(c.get("articleId").asText()));
            articles.retainAll(side.articles());
            if (articles.size() > most) {
                most = articles.size();
                best = e;
            }
        }
        assertThat(most).as("articles of %s giving %s %s on one event", side.articles(), attribute, side.match()).isGreaterThanOrEqualTo(2);
        return best;
    }

    private static JsonNode attribute(JsonNode event, String name) {
        for (JsonNode a : event.get("attributes")) if (a.get("attribute").asText().equals(name)) return a;
        return null;
    }

    private static List<JsonNode> claimsOf(JsonNode attribute, String match) {
        List<JsonNode> claims = new ArrayList<>();
        for (JsonNode v : attribute.get("values")) {
            if (SeedGold.matches(match, v.get("value").asText())) v.get("claims").forEach(claims::add);
        }
        return claims;
    }

    /** The first {@code count} ids the stream sends, connecting with Last-Event-ID {@code lastSeen} when given. */
    private List<String> streamIds(int instance, String lastSeen, int count) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(live.dashboards.get(instance).url() + "api/stream?agreements=true"));
        if (lastSeen != null) request.header("Last-Event-ID", lastSeen);
        HttpResponse<java.io.InputStream> r = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> ids = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String line;
            while (ids.size() < count && (line = lines.readLine()) != null) {
                if (line.startsWith("id: ")) ids.add(line.substring(4));
            }
        }
        return ids;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static WebElement feedItem(WebDriver browser, SeedGold.Contradiction c) {
        for (WebElement item : browser.findElements(By.cssSelector("li.verdict.contradiction"))) {
            String newValue = item.findElement(By.cssSelector(".new-claim .value")).getText();
            String newWho = item.findElement(By.cssSelector(".new-claim .who")).getText();
            String earlier = item.findElement(By.cssSelector(".earlier-claims")).getText();
            boolean oddNew = SeedGold.matches(c.odd().match(), newValue) && c.odd().articles().stream().anyMatch(newWho::contains);
            boolean consensusNew = SeedGold.matches(c.consensus().match(), newValue) && c.consensus().articles().stream().anyMatch(newWho::contains);
            boolean oddEarlier = earlier.contains(c.odd().match()) && c.odd().articles().stream().anyMatch(earlier::contains);
            boolean consensusEarlier = earlier.contains(c.consensus().match()) && c.consensus().articles().stream().anyMatch(earlier::contains);
            if ((oddNew && consensusEarlier) || (consensusNew && oddEarlier)) return item;
        }
        return null;
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Runs the assertions until they hold, or fails with their last failure. */
    private static void eventually(Duration timeout, Runnable assertions) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertions.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) throw notYet;
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
    }

    private static void await(String what, Duration timeout, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }
}
