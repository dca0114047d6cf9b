package fr.essor.e2e.ept;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client's reading of an OpenAPI 3.1 document: operations by id or by a handed-out path, strict answers. */
class ApiDocumentTest {

    private static final String DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"t","version":"1"},
             "paths":{
              "/api/ept/{territory}/things":{"get":{"operationId":"eptThings","responses":{
                "200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}},
                "403":{"content":{"application/problem+json":{"schema":{"type":"object"}}}}}}},
              "/api/things/{id}/opinions/{territory}":{"put":{"operationId":"giveOpinion",
                "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Opinion"}}}},
                "responses":{"200":{"content":{"application/json":{"schema":{"type":"object",
                  "properties":{"id":{"type":"string"}},"required":["id"]}}}}}}},
              "/api/things/{id}":{"delete":{"operationId":"deleteThing","responses":{"204":{"description":"ok"}}}}},
             "webhooks":{"fr.essor.x.thing-done.v1":{"post":{"requestBody":{"content":{
               "application/cloudevents+json":{"schema":{"type":"object","required":["id","data"],
                 "properties":{"id":{"type":"string"},"data":{"type":"object","properties":{"a":{}}}}}}}}}}},
             "components":{"schemas":{
              "Page":{"type":"object","required":["items","next","hasMore"],"properties":{
                "items":{"type":"array","items":{"$ref":"#/components/schemas/Thing"}},
                "next":{"type":["string","null"]},"hasMore":{"type":"boolean"}}},
              "Thing":{"type":"object","required":["id","status"],"properties":{"id":{"type":"string"},
                "status":{"type":"string","enum":["OPEN","CLOSED"]}}},
              "Opinion":{"type":"object","properties":{"opinion":{"type":"string",
                "enum":["FAVOURABLE","RESERVED","UNFAVOURABLE",null]}}}},
              "securitySchemes":{"oauth2":{"type":"oauth2","flows":{"clientCredentials":{
                "tokenUrl":"http://localhost:9000/oauth2/token","scopes":{}}}}}}}""";

    private final ApiDocument document = ApiDocument.parse("test", DOCUMENT);

    @Test
    void findsOperationsByIdAndHandedOutPathsByTemplate() {
        ApiDocument.Operation feed = document.operation("eptThings");
        assertThat(feed.method()).isEqualTo("get");
        assertThat(ApiDocument.expand(feed, Map.of("territory", "T9"))).isEqualTo("/api/ept/T9/things");
        assertThat(document.operationAt("PUT", "/api/things/AAA-2090-0001/opinions/T9"))
                .hasValueSatisfying(op -> assertThat(op.id()).isEqualTo("giveOpinion"));
        assertThat(document.operationAt("GET", "/api/things/AAA-2090-0001/opinions/T9")).isEmpty();
        assertThat(document.operationAt("PUT", "/api/things/a/b/opinions/T9")).isEmpty();
        assertThat(document.operation("deleteThing").successStatus()).isEqualTo("204");
        assertThat(document.requestEnum(document.operation("giveOpinion"), "opinion"))
                .containsExactly("FAVOURABLE", "RESERVED", "UNFAVOURABLE");
        assertThat(document.clientCredentialsTokenUrl()).contains("http://localhost:9000/oauth2/token");
        assertThatThrownBy(() -> document.operation("eptThing")).hasMessageContaining("eptThings");
    }

    @Test
    void anAnswerMatchingItsSchemaHasNoViolation() {
        assertThat(document.violations(document.operation("eptThings"), 200,
                "{\"items\":[{\"id\":\"a\",\"status\":\"OPEN\"}],\"next\":\"x\",\"hasMore\":false}")).isEmpty();
        assertThat(document.violations(document.operation("eptThings"), 200,
                "{\"items\":[],\"next\":null,\"hasMore\":false}")).isEmpty();
        assertThat(document.violations(document.operation("deleteThing"), 204, "")).isEmpty();
    }

    @Test
    void aMissingFieldAnUnknownCodeAnUndocumentedFieldOrStatusIsAViolation() {
        ApiDocument.Operation feed = document.operation("eptThings");
        assertThat(document.violations(feed, 200, "{\"items\":[{\"id\":\"a\"}],\"next\":null,\"hasMore\":false}"))
                .singleElement().asString().contains("status");
        assertThat(document.violations(feed, 200,
                "{\"items\":[{\"id\":\"a\",\"status\":\"LOST\"}],\"next\":null,\"hasMore\":false}"))
                .singleElement().asString().contains("items[0].status", "enumeration");
        assertThat(document.violations(feed, 200,
                "{\"items\":[{\"id\":\"a\",\"status\":\"OPEN\",\"notes\":\"x\"}],\"next\":null,\"hasMore\":false}"))
                .singleElement().asString().contains("notes");
        assertThat(document.violations(feed, 201, "{}")).singleElement().asString().contains("201");
        assertThat(document.violations(document.operation("giveOpinion"), 200, "{\"id\":\"a\",\"extra\":1}"))
                .singleElement().asString().contains("extra");
    }

    @Test
    void aWebhookBodyIsCheckedAgainstItsTypesSchema() {
        assertThat(document.webhookTypes()).containsExactly("fr.essor.x.thing-done.v1");
        assertThat(document.webhookViolations("fr.essor.x.thing-done.v1", "{\"id\":\"1\",\"data\":{\"a\":2}}"))
                .isEmpty();
        assertThat(document.webhookViolations("fr.essor.x.thing-done.v1",
                "{\"id\":\"1\",\"data\":{\"a\":2,\"recordedBy\":\"dmta\"}}"))
                .singleElement().asString().contains("recordedBy");
        assertThat(document.webhookViolations("fr.essor.x.other.v1", "{}")).isNotEmpty();
    }
}
