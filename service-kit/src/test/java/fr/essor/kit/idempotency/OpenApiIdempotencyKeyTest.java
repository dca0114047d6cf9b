package fr.essor.kit.idempotency;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document tells API clients of the optional Idempotency-Key on every POST of the API, and only there. */
class OpenApiIdempotencyKeyTest {

    @Test
    void everyApiPostGetsTheOptionalHeaderAndIts409And422AnswersOtherOperationsNothing() {
        Operation create = new Operation().responses(new ApiResponses().addApiResponse("201", new ApiResponse()));
        Operation read = new Operation();
        Operation page = new Operation();
        OpenAPI openApi = new OpenAPI().paths(new Paths()
                .addPathItem("/api/things", new PathItem().post(create).get(read))
                .addPathItem("/ops/lettres-mortes", new PathItem().post(page)));

        new OpenApiIdempotencyKey().customise(openApi);
        new OpenApiIdempotencyKey().customise(openApi); // applied twice (document cached, rebuilt): one parameter

        assertThat(create.getParameters()).singleElement().satisfies(header -> {
            assertThat(header.getName()).isEqualTo("Idempotency-Key");
            assertThat(header.getIn()).isEqualTo("header");
            assertThat(header.getRequired()).isFalse();
            assertThat(header.getDescription()).contains("24 h", "422");
        });
        assertThat(create.getResponses()).containsKeys("201", "409", "422");
        assertThat(read.getParameters()).isNull();
        assertThat(page.getParameters()).isNull();
    }

    @Test
    void aKeyIsReadAsTheDraftsQuotedStringOrBareAndRefusedEmptyOrTooLong() {
        assertThat(IdempotencyKeyFilter.parse("\"8e03978e-40d5\"")).contains("8e03978e-40d5");
        assertThat(IdempotencyKeyFilter.parse("abc")).contains("abc");
        assertThat(IdempotencyKeyFilter.parse("\"\"")).isEmpty();
        assertThat(IdempotencyKeyFilter.parse("x".repeat(256))).isEmpty();
        assertThat(IdempotencyKeyFilter.parse("\"clé\"")).as("ASCII only").isEmpty();
    }
}
