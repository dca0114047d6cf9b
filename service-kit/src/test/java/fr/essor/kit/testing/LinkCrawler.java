package fr.essor.kit.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows, as one signed-in person, every link of every page of one service it can reach from a start page, and
 * reports the links that lead nowhere the person may go: 403, 404, 405 or a server error. Links to other services,
 * to the provider, to sign-out and to anchors are not followed; a link's query string is kept (a filter link is a
 * link). Pages are read as a browser asks for them ({@code Accept: text/html}), redirects within the service are
 * followed.
 */
public final class LinkCrawler {

    /** A link of page {@code from} whose target {@code to} answered {@code status}. */
    public record DeadLink(String from, String to, int status) {
    }

    /** What a crawl saw: the pages read and the dead links found. */
    public record Crawl(Set<String> visited, List<DeadLink> deadLinks) {
    }

    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*?\\shref=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_FOLLOWED = Set.of("/logout", "/login", "/oauth2/", "/swagger-ui",
            "/v3/api-docs", "/actuator");

    private final SignedInBrowser browser;
    private final int port;
    private final int maxPages;

    private LinkCrawler(SignedInBrowser browser, int port, int maxPages) {
        this.browser = browser;
        this.port = port;
        this.maxPages = maxPages;
    }

    /** Crawls the service at {@code port} as {@code username}, from {@code start}, reading at most maxPages pages. */
    public static Crawl crawl(int port, String username, String start, int maxPages) {
        return new LinkCrawler(SignedInBrowser.signIn(port, username), port, maxPages).from(start);
    }

    private Crawl from(String start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>(); // {from, to}
        List<DeadLink> dead = new ArrayList<>();
        queue.add(new String[] {"(start)", start});
        seen.add(start);
        int read = 0;
        while (!queue.isEmpty() && read < maxPages) {
            String[] link = queue.poll();
            read++;
            HttpResponse<String> response = followRedirects(link[1]);
            int status = response.statusCode();
            if (status == 403 || status == 404 || status == 405 || status >= 500) {
                dead.add(new DeadLink(link[0], link[1], status));
                continue;
            }
            boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            if (status != 200 || !html) {
                continue;
            }
            for (String target : links(response.body())) {
                if (seen.add(target)) {
                    queue.add(new String[] {link[1], target});
                }
            }
        }
        return new Crawl(seen, dead);
    }

    private HttpResponse<String> followRedirects(String path) {
        HttpResponse<String> response = browser.page(path);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElse(null);
            String next = location == null ? null : local(location);
            if (next == null) {
                return response; // leaves the service: not ours to judge here
            }
            response = browser.page(next);
        }
        return response;
    }

    /** The service-local targets of a page's links, in page order. */
    List<String> links(String html) {
        List<String> targets = new ArrayList<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            String target = local(matcher.group(1).replace("&amp;", "&"));
            if (target != null && NOT_FOLLOWED.stream().noneMatch(target::startsWith)) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** The path and query of a link within the service, or null for another origin, an anchor or a scheme link. */
    private String local(String href) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("//") || href.startsWith("mailto:")
                || href.startsWith("tel:") || href.startsWith("javascript:")) {
            return null;
        }
        if (href.startsWith("http://") || href.startsWith("https://")) {
            URI uri = URI.create(href);
            boolean here = ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()))
                    && uri.getPort() == port;
            if (!here) {
                return null; // another service or the provider: not followed here
            }
            href = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
        if (!href.startsWith("/")) {
            return null; // relative links are not used by the services' templates
        }
        int anchor = href.indexOf('#');
        return anchor < 0 ? href : href.substring(0, anchor);
    }
}
