package fr.essor.kit.testing;

import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The traffic check fails on what the document does not describe, and only on that. */
class OpenApiTrafficTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {"/api/things/{id}": {
               "put": {"operationId": "changeThing",
                 "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "requestBody": {"required": true, "content": {"application/json": {"schema": {
                   "type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}}}},
                 "responses": {
                   "201": {"description": "created",
                     "headers": {"Location": {"required": true, "schema": {"type": "string"}}},
                     "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                   "400": {"description": "bad", "content": {"application/problem+json": {"schema": {
                     "type": "object", "properties": {"status": {"type": "integer"}}}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object",
               "properties": {"id": {"type": "string"}, "note": {"type": ["string", "null"]}},
               "required": ["id", "note"]}}}}
            """;

    private final OpenApiInteractionValidator validator =
            OpenApiInteractionValidator.createForInlineApiSpecification(DOCUMENT).build();

    private static final Map<String, List<String>> JSON_REQUEST = Map.of("Content-Type", List.of("application/json"));
    private static final Map<String, List<String>> CREATED = Map.of("Content-Type", List.of("application/json"),
            "Location", List.of("/api/things/1"));

    @Test
    void anExchangeTheDocumentDescribesPasses() {
        assertThatCode(() -> OpenApiTraffic.check(validator, "PUT", "/api/things/1", JSON_REQUEST,
                "{\"name\":\"a\"}", 201, CREATED, "{\"id\":\"1\",\"note\":null}")).doesNotThrowAnyException();
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThatThrownBy(() -> OpenApiTraffic.check(validator, "PUT", "/api/things/1", JSON_REQUEST,
                "{\"name\":\"a\"}", 200, CREATED, "{\"id\":\"1\",\"note\":null}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("200");
    }

    @Test
    void anUndocumentedResponseFieldFails() {
        assertThatThrownBy(() -> OpenApiTraffic.check(validator, "PUT", "/api/things/1", JSON_REQUEST,
                "{\"name\":\"a\"}", 201, CREATED, "{\"id\":\"1\",\"note\":null,\"secret\":\"x\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("secret");
    }

    @Test
    void aMissingRequiredResponseFieldOrHeaderFails() {
        assertThatThrownBy(() -> OpenApiTraffic.check(validator, "PUT", "/api/things/1", JSON_REQUEST,
                "{\"name\":\"a\"}", 201, CREATED, "{\"id\":\"1\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("note");
        assertThatThrownBy(() -> OpenApiTraffic.check(validator, "PUT", "/api/things/1", JSON_REQUEST,
                "{\"name\":\"a\"}", 201, Map.of("Content-Type", List.of("application/json")),
                "{\"id\":\"1\",\"note\":null}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Location");
    }

    @Test
    void aRequestTheServiceAcceptedButTheDocumentRefusesFails() {
        assertThatThrownBy(() -> OpenApiTraffic.check(validator, "PUT", "/api/things/1", JSON_REQUEST,
                "{\"name\":\"a\",\"colour\":\"red\"}", 201, CREATED, "{\"id\":\"1\",\"note\":null}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("colour");
    }

    @Test
    void aBadRequestTheServiceRefusedWithADocumentedProblemPasses() {
        assertThatCode(() -> OpenApiTraffic.check(validator, "PUT", "/api/things/1", JSON_REQUEST, "{}", 400,
                Map.of("Content-Type", List.of("application/problem+json")), "{\"status\":400}"))
                .doesNotThrowAnyException();
    }
}
