package fr.essor.kit.webhooks.web;

import fr.essor.kit.reference.Territories;
import fr.essor.kit.webhooks.DeliverableEvent;
import fr.essor.kit.webhooks.RetrySchedule;
import fr.essor.kit.webhooks.WebhookCatalogue;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3.1 {@code webhooks} section: one entry per event type this service delivers, with the Standard
 * Webhooks headers, the signature scheme, and the CloudEvent body (structured JSON mode) whose {@code data} holds the
 * type's public fields (their JSON Schema is the contract of the AsyncAPI document).
 */
public class WebhookOpenApi implements OpenApiCustomizer {

    static final String TAG = "Webhooks des EPT";
    static final String SIGNATURE = """
            Chaque livraison est signée selon la spécification Standard Webhooks : contenu signé \
            `{webhook-id}.{webhook-timestamp}.{corps brut}`, HMAC-SHA256 avec la clé obtenue en décodant de base64 \
            ce qui suit `whsec_` dans le secret de l'abonnement, signature `v1,` + base64. L'en-tête \
            `webhook-signature` peut porter plusieurs signatures séparées par des espaces : une seule valide suffit. \
            Refusez un `webhook-timestamp` à plus de 5 minutes de votre horloge, et dédupliquez par `webhook-id` \
            (livraison au moins une fois : le même événement peut arriver plusieurs fois avec le même webhook-id).""";

    private final WebhookCatalogue catalogue;
    private final RetrySchedule schedule;

    public WebhookOpenApi(WebhookCatalogue catalogue, RetrySchedule schedule) {
        this.catalogue = catalogue;
        this.schedule = schedule;
    }

    /** The security scheme a receiver checks: the Standard Webhooks signature of each delivery. */
    static final String SIGNATURE_SCHEME = "webhookSignature";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(SIGNATURE_SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("webhook-signature")
                .description("Signature des livraisons de webhooks, à vérifier par le récepteur. " + SIGNATURE));
        for (DeliverableEvent event : catalogue.events()) {
            openApi.addWebhooks(event.type(), new PathItem().post(operation(event)));
        }
    }

    private Operation operation(DeliverableEvent event) {
        String fact = event.type().replaceAll("^fr\\.essor\\.[a-z]+\\.", "").replaceAll("\\.v\\d+$", "");
        String operationId = "webhook" + camel(event.type().replaceAll("^fr\\.essor\\.", ""));
        ApiResponses responses = new ApiResponses()
                .addApiResponse("2XX", new ApiResponse().description("Reçu : tout statut 2xx accuse réception."))
                .addApiResponse("default", new ApiResponse().description("Tout autre statut, une redirection, "
                        + "pas de réponse dans les 10 s : la livraison est retentée (" + schedule.attempts()
                        + " tentatives, backoff exponentiel avec gigue, sur plus de 24 h)."));
        return new Operation().operationId(operationId).addTagsItem(TAG)
                .addSecurityItem(new SecurityRequirement().addList(SIGNATURE_SCHEME))
                .summary("Livraison de " + fact + " à un abonnement de l'EPT")
                .description(event.summary() + " Envoyé en POST à l'URL des abonnements du territoire du fait qui "
                        + "demandent ce type.\n\n" + SIGNATURE)
                .parameters(List.of(
                        header("webhook-id", "Identifiant du message, le même à chaque tentative et à chaque rejeu "
                                + "(= l'id du CloudEvent) : clé de déduplication.", new StringSchema()),
                        header("webhook-timestamp", "Instant de la tentative, en secondes depuis l'époque Unix.",
                                new StringSchema().pattern("^[0-9]+$")),
                        header("webhook-signature", "Une ou plusieurs signatures `v1,<base64>` séparées par des "
                                + "espaces.", new StringSchema().pattern("^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$"))))
                .requestBody(new RequestBody().required(true).description("Le CloudEvent en JSON structuré")
                        .content(new Content().addMediaType("application/cloudevents+json",
                                new MediaType().schema(cloudEvent(event)))))
                .responses(responses);
    }

    private static HeaderParameter header(String name, String description, Schema<?> schema) {
        HeaderParameter header = new HeaderParameter();
        header.name(name).required(true).description(description).schema(schema);
        return header;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema<?> cloudEvent(DeliverableEvent event) {
        ObjectSchema data = new ObjectSchema();
        data.description("Les champs publics du fait (schéma complet : le contrat " + event.type()
                .replaceAll("^fr\\.essor\\.[a-z]+\\.", "") + " du document AsyncAPI) : "
                + String.join(", ", event.publicFields()) + ".");
        for (String field : event.publicFields()) {
            data.addProperty(field, new Schema<>().description(field));
        }
        ObjectSchema schema = new ObjectSchema();
        schema.addProperty("specversion", new StringSchema()._enum(List.of("1.0")));
        schema.addProperty("id", new StringSchema().description("Identifiant de l'événement (= webhook-id)"));
        schema.addProperty("source", new StringSchema().example("/essor/foncier"));
        StringSchema type = new StringSchema();
        type._enum(List.of(event.type()));
        schema.addProperty("type", type);
        schema.addProperty("subject", new StringSchema().description("Identifiant de l'agrégat"));
        schema.addProperty("time", new StringSchema().format("date-time"));
        schema.addProperty("datacontenttype", new StringSchema()._enum(List.of("application/json")));
        schema.addProperty("essorterritory", new StringSchema()._enum(Territories.codes())
                .description("Le territoire (EPT) de l'abonnement auquel ce fait est livré"));
        schema.addProperty("data", data);
        schema.required(List.of("specversion", "id", "source", "type", "time", "datacontenttype",
                "essorterritory", "data"));
        return schema;
    }

    private static String camel(String dotted) {
        StringBuilder out = new StringBuilder();
        for (String part : dotted.split("[.\\-]")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
