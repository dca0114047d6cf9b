package fr.essor.kit.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Checks the API tests' real traffic against the service's own OpenAPI document (issue 10), with Atlassian's
 * openapi-request-validator (formerly swagger-request-validator; version 3 reads OpenAPI 3.1). Every exchange of an
 * {@link Api} client under {@code /api/} goes through {@link #check}:
 * <ul>
 * <li>the response must be one the document describes: a documented status, a documented content type, a body that
 * matches its schema with no undocumented field, the headers it marks required ({@code Location} of a 201);</li>
 * <li>a request the service accepted (2xx) must be one the document allows: path, parameters, content type and body
 * with no undocumented field. A request the service refused is not checked, since tests send bad requests on
 * purpose; the refusal itself must then be documented.</li>
 * </ul>
 * A 500 is not checked: it is never documented, and the test that meets one fails on its own assertions (or retries,
 * in a polling wait). The document is read once per running service (its port), from its live {@code /v3/api-docs}.
 */
public final class OpenApiTraffic {

    private static final Map<Integer, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private OpenApiTraffic() {
    }

    /** Fails with the validator's report when the exchange does not honour the service's document. */
    public static void check(int port, String method, String pathAndQuery, Map<String, List<String>> requestHeaders,
            String requestBody, HttpResponse<String> response) {
        URI uri = URI.create(pathAndQuery);
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/api/")
                // a 500 is no part of any contract: the test that meets one judges it (a polling wait may retry)
                || response.statusCode() == 500) {
            return;
        }
        check(VALIDATORS.computeIfAbsent(port, OpenApiTraffic::validatorOf), method, pathAndQuery, requestHeaders,
                requestBody, response.statusCode(), response.headers().map(), response.body());
    }

    /** The same check against a given document's validator (tests of this class). */
    static void check(OpenApiInteractionValidator validator, String method, String pathAndQuery,
            Map<String, List<String>> requestHeaders, String requestBody, int status,
            Map<String, List<String>> responseHeaders, String responseBody) {
        URI uri = URI.create(pathAndQuery);
        String path = uri.getRawPath();
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        requestHeaders.forEach(request::withHeader);
        if (requestBody != null && !requestBody.isEmpty()) {
            request.withBody(requestBody);
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                request.withQueryParam(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        responseHeaders.forEach((name, values) -> {
            if (!name.startsWith(":")) {
                answer.withHeader(name, values);
            }
        });
        if (responseBody != null && !responseBody.isEmpty()) {
            answer.withBody(responseBody);
        }
        Request built = request.build();
        ValidationReport report = validator.validateResponse(path, built.getMethod(), answer.build());
        if (status / 100 == 2) {
            report = report.merge(validator.validateRequest(built));
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange " + method + " " + pathAndQuery + " -> " + status
                    + " does not honour the service's OpenAPI document (/v3/api-docs):\n"
                    + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nrequest body: " + abbreviate(requestBody) + "\nresponse body: " + abbreviate(responseBody));
        }
    }

    private static OpenApiInteractionValidator validatorOf(int port) {
        HttpResponse<String> docs = Api.at(port).as("admin").get("/v3/api-docs");
        if (docs.statusCode() != 200) {
            throw new AssertionError("/v3/api-docs answered " + docs.statusCode() + ": " + docs.body());
        }
        return OpenApiInteractionValidator.createForInlineApiSpecification(docs.body()).build();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(none)";
        }
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
