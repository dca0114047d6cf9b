package fr.essor.foncier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The whole request examples the OpenAPI document shows ({@code openapi/examples/<operationId>.json}), for tests. */
public final class DocumentExamples {

    private DocumentExamples() {
    }

    /** The example body of an operation, read from the classpath as the document reads it. */
    public static String of(String operationId) {
        String path = "/openapi/examples/" + operationId + ".json";
        try (InputStream in = DocumentExamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No request example " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
