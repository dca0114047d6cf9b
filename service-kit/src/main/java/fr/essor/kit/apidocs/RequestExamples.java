package fr.essor.kit.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The request examples of an OpenAPI document (issue 10): one whole, valid request body per operation, written by
 * hand in {@value #LOCATION}{@code <operationId>.json} beside the code that takes it (the kit's own operations in the
 * kit, a service's in the service), and shown as the {@code example} of the operation's {@code application/json}
 * body. A whole body rather than an example per field: examples per field compose into a body the service may
 * refuse (an end of availability on a long-term offer), a whole one is checked as a request the document accepts
 * (Redocly's {@code no-invalid-media-type-examples}, as an error, and {@code ServiceBaseline}).
 * <p>
 * A file named after no operation of the document, or two files for one operation, stop the document: a renamed
 * operation must not silently lose its example.
 */
public final class RequestExamples implements GlobalOpenApiCustomizer {

    static final String LOCATION = "openapi/examples/";
    private static final String JSON = "application/json";

    private final Map<String, JsonNode> examples;

    public RequestExamples(ResourcePatternResolver resources) {
        this.examples = read(resources);
    }

    /** The examples on the classpath ({@code classpath*:openapi/examples/*.json}). */
    public static RequestExamples onClasspath() {
        return new RequestExamples(new PathMatchingResourcePatternResolver());
    }

    @Override
    public void customise(OpenAPI openApi) {
        Set<String> used = new HashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                JsonNode example = examples.get(operation.getOperationId());
                MediaType body = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                        ? null : operation.getRequestBody().getContent().get(JSON);
                if (example != null && body != null) {
                    body.setExample(example);
                    used.add(operation.getOperationId());
                }
            }));
        }
        Map<String, JsonNode> orphans = new TreeMap<>(examples);
        orphans.keySet().removeAll(used);
        if (!orphans.isEmpty()) {
            throw new IllegalStateException("Request examples for no operation taking a JSON body: " + orphans.keySet()
                    + " (" + LOCATION + "<operationId>.json); rename or remove them.");
        }
    }

    private static Map<String, JsonNode> read(ResourcePatternResolver resources) {
        Map<String, JsonNode> found = new HashMap<>();
        try {
            for (Resource resource : resources.getResources("classpath*:" + LOCATION + "*.json")) {
                String name = resource.getFilename();
                String operationId = name.substring(0, name.length() - ".json".length());
                try (InputStream in = resource.getInputStream()) {
                    if (found.put(operationId, Json.mapper().readTree(in)) != null) {
                        throw new IllegalStateException("Two request examples for the operation " + operationId
                                + " (" + resource.getDescription() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request examples under " + LOCATION, e);
        }
        return found;
    }
}
