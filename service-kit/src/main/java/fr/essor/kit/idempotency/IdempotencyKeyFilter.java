package fr.essor.kit.idempotency;

import fr.essor.kit.problem.PayloadTooLargeException;
import fr.essor.kit.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code Idempotency-Key} on the API's POSTs (IETF httpapi draft {@code draft-ietf-httpapi-idempotency-key-header}),
 * one mechanism for every create of every service. A request with the header:
 * <ul>
 * <li>the first time for this caller and key: runs, and its response (status, {@code Location}, {@code Content-Type},
 * body) is kept 24 h at least — unless it failed with 5xx, 409 or 429, which leaves the key free for a retry;</li>
 * <li>again with the same body (and method, path, content type): the first response is answered, nothing runs;</li>
 * <li>again with another body: 422 problem+json;</li>
 * <li>while the first is still running: 409 problem+json (retry later);</li>
 * <li>a malformed key (empty, longer than 255 characters): 400 problem+json.</li>
 * </ul>
 * Without the header nothing changes. Keys belong to their caller (the authenticated principal): two callers never
 * share a key. Runs after Spring Security, so that the caller is known and refused requests are never stored.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final IdempotentRequests requests;
    private final JsonMapper json;
    private final Clock clock;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    public IdempotencyKeyFilter(IdempotentRequests requests, JsonMapper json, Clock clock) {
        this.requests = requests;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> key = parse(request.getHeader(HEADER));
        if (key.isEmpty()) {
            problem(request, response, HttpStatus.BAD_REQUEST, "idempotency.key-invalid",
                    "L'en-tête Idempotency-Key doit contenir une clé de 1 à " + MAX_KEY_LENGTH + " caractères.");
            return;
        }
        pruneNowAndThen();
        HttpServletRequest replayable;
        String fingerprint;
        try {
            if (isMultipart(request)) {
                replayable = request;
                fingerprint = fingerprint(request, multipartContent(request));
            } else {
                byte[] body = request.getInputStream().readAllBytes();
                replayable = new CachedBodyRequest(request, body);
                fingerprint = fingerprint(request, body);
            }
        } catch (PayloadTooLargeException tooLarge) {
            problem(request, response, HttpStatus.CONTENT_TOO_LARGE, null, tooLarge.getMessage());
            return;
        }
        String id = sha256((caller.getName() + "\n" + key.get()).getBytes(StandardCharsets.UTF_8));
        Optional<IdempotentRequests.Stored> stored = requests.begin(id, caller.getName(), key.get(), fingerprint);
        if (stored.isPresent()) {
            answerAgain(request, response, stored.get(), fingerprint);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(replayable, recorded);
            int status = recorded.getStatus();
            if (status < 500 && status != 409 && status != 429) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String name : new String[] {HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE}) {
                    String value = recorded.getHeader(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                }
                requests.complete(id, status, headers, recorded.getContentAsByteArray());
                kept = true;
            }
        } finally {
            if (!kept) {
                requests.release(id);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerAgain(HttpServletRequest request, HttpServletResponse response,
                             IdempotentRequests.Stored stored, String fingerprint) throws IOException {
        if (!stored.fingerprint().equals(fingerprint)) {
            problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency.key-reused",
                    "Cette clé d'idempotence a déjà servi pour une autre requête : utilisez une nouvelle clé.");
        } else if (!stored.completed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problem(request, response, HttpStatus.CONFLICT, "idempotency.request-in-progress",
                    "Une requête avec la même clé d'idempotence est en cours : réessayez dans un instant.");
        } else {
            response.setStatus(stored.status());
            stored.headers().forEach(response::setHeader);
            response.getOutputStream().write(stored.body());
        }
    }

    /** A key as the draft sends it (a structured-field string, {@code "…"}), or bare. */
    static Optional<String> parse(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        return key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
                ? Optional.empty() : Optional.of(key);
    }

    private void pruneNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastPrune.get();
        if (now.isAfter(last.plus(PRUNE_EVERY)) && lastPrune.compareAndSet(last, now)) {
            requests.pruneExpired();
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The parts as the container parsed them (its multipart parsing reads the body itself, once). */
    private static byte[] multipartContent(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256Digest();
        for (Part part : request.getParts()) {
            digest.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n" + part.getContentType() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            try (InputStream in = part.getInputStream()) {
                digest.update(in.readAllBytes());
            }
        }
        return digest.digest();
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().replaceAll(
                ";\\s*boundary=[^;]*", "");
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        MessageDigest digest = sha256Digest();
        digest.update((request.getMethod() + "\n" + target + "\n" + contentType + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                         String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, detail);
        if (code != null) {
            problem.setProperty("code", code);
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body read once, given again to whatever reads it next. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
