package fr.essor.kit.idempotency;

import fr.essor.kit.apidocs.ApiContract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents {@link IdempotencyKeyFilter} on every {@code POST /api/**} of the OpenAPI document: the optional
 * {@code Idempotency-Key} header, and the 409 (same key still in progress) and 422 (same key, another body) answers.
 */
public class OpenApiIdempotencyKey implements OpenApiCustomizer {

    static final String DESCRIPTION = "Clé d'idempotence (draft IETF httpapi idempotency-key-header), choisie par "
            + "l'appelant, par exemple un UUID : la même clé avec le même corps renvoie la première réponse sans "
            + "refaire l'opération, pendant 24 h au moins ; avec un autre corps, 422. Sans cet en-tête, rien ne change.";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            Operation post = item.getPost();
            if (path.startsWith("/api/") && post != null) {
                document(post);
            }
        });
    }

    private static void document(Operation operation) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IdempotencyKeyFilter.HEADER.equalsIgnoreCase(parameter.getName()));
        if (!present) {
            operation.addParametersItem(new HeaderParameter().name(IdempotencyKeyFilter.HEADER).required(false)
                    .description(DESCRIPTION).schema(new StringSchema().maxLength(255))
                    .example("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        problem(operation.getResponses(), "409",
                "Conflit : notamment une requête avec la même clé d'idempotence est encore en cours (réessayer).");
        problem(operation.getResponses(), "422",
                "La clé d'idempotence a déjà servi pour une autre requête (problem+json, code idempotency.key-reused).");
    }

    /** An answer in the shared Problem schema ({@link ApiContract#PROBLEM}), whichever customizer ran first. */
    private static void problem(ApiResponses responses, String status, String description) {
        ApiResponse response = responses.computeIfAbsent(status, s -> new ApiResponse().description(description));
        if (response.getContent() == null || response.getContent().isEmpty()) {
            response.content(new Content().addMediaType("application/problem+json", new MediaType()
                    .schema(new Schema<>().$ref("#/components/schemas/" + ApiContract.PROBLEM))));
        }
    }
}
