package fr.essor.kit.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes each service's OpenAPI document a contract (issue 10): the service's title, version and French description;
 * the shared RFC 9457 {@value #PROBLEM} schema (with the field errors, {@value #FIELD_ERROR}); and on every operation
 * under {@code /api/} the error statuses the kit itself answers for it, each an {@code application/problem+json}
 * {@value #PROBLEM}:
 * <ul>
 * <li>401 and 403 (the resource server and the write gate, {@code ProblemJsonSecurityResponses});</li>
 * <li>400 when it takes a body or parameters ({@code ApiProblems}: invalid JSON, invalid fields, a mistyped
 * parameter);</li>
 * <li>404 when its path has a variable (nothing under that identifier);</li>
 * <li>409 on writes (the resource changed meanwhile, or its state refuses the step);</li>
 * <li>413 and 415 when it takes a body ({@code RequestBodyLimit}, the JSON content type);</li>
 * <li>503 with {@code Retry-After} (the store does not answer within its bounded wait).</li>
 * </ul>
 * A handler marked {@link Created} is documented {@code 201} with {@code Location}. Reads without a description of
 * who may call them get one. A new controller gets all of this without doing anything; what it must carry itself:
 * a summary, a unique operationId when its method name is not unique in the service, {@link Created} on creates.
 */
public final class ApiContract implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String READ_SENTENCE = "Lecture : tout compte authentifié (une personne connectée ou un système avec "
            + "un jeton du fournisseur d'identité).";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

    private final String title;
    private final String version;
    private final String description;
    /** The 409 sentence of each operation marked {@link Conflicts}, by operationId. */
    private final Map<String, String> conflicts = new ConcurrentHashMap<>();

    private final RecordSchemas records;

    public ApiContract(String title, String version, String description, RecordSchemas records) {
        this.records = records;
        this.title = title;
        this.version = version;
        this.description = description;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Created created = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Created.class);
        if (created != null && operation.getResponses() != null) {
            ApiResponse ok = operation.getResponses().remove("200");
            ApiResponse answer = ok == null ? new ApiResponse() : ok;
            answer.setDescription("Créé");
            if (created.location()) {
                answer.addHeaderObject("Location", new Header().description(created.value()).required(true)
                        .schema(new StringSchema().format("uri-reference")));
            }
            operation.getResponses().addApiResponse("201", answer);
        }
        Conflicts conflict = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Conflicts.class);
        if (conflict != null && operation.getOperationId() != null) {
            conflicts.put(operation.getOperationId(), conflict.value());
            operation.addExtension("x-essor-conflicts", conflict.value());
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (!records.clashes().isEmpty()) {
            throw new IllegalStateException("Several classes share one OpenAPI schema name, which then describes only "
                    + "one of them: " + records.clashes() + ". Give each its own @Schema(name = \"…\").");
        }
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        openApi.info(info.title(title).version(version).description(description));
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        openApi.getComponents().addSchemas(FIELD_ERROR, fieldError());
        openApi.getComponents().addSchemas(PROBLEM, problem());
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
                }
            });
        }
        requireWhatIsAlwaysWritten(openApi);
    }

    /**
     * A schema only ever answered (never received in a request body) requires the fields Jackson always writes
     * ({@link RecordSchemas}); a schema received keeps the required fields its validation annotations give.
     */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void requireWhatIsAlwaysWritten(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        java.util.Set<String> received = new java.util.HashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values()
                            .forEach(media -> collectReferences(media.getSchema(), schemas, received));
                }
            }));
        }
        schemas.forEach((name, schema) -> {
            Object written = schema.getExtensions() == null ? null : schema.getExtensions().remove(RecordSchemas.ALWAYS_WRITTEN);
            if (schema.getExtensions() != null && schema.getExtensions().isEmpty()) {
                schema.setExtensions(null);
            }
            if (received.contains(name)) {
                stateTheDateWindow(schema);
            }
            if (written instanceof List<?> fields && !received.contains(name) && !fields.isEmpty()) {
                java.util.LinkedHashSet<String> required = new java.util.LinkedHashSet<>(
                        schema.getRequired() == null ? List.of() : schema.getRequired());
                fields.forEach(field -> required.add((String) field));
                schema.setRequired(new java.util.ArrayList<>(required));
            }
        });
    }

    /** Every date a request body takes lies in the window of {@code InputBounds.date}: its description says so. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void stateTheDateWindow(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        String window = "Entre " + fr.essor.kit.domain.InputBounds.EARLIEST_DATE + " et "
                + fr.essor.kit.domain.InputBounds.LATEST_DATE + ".";
        ((Map<String, Schema>) schema.getProperties()).values().forEach(property -> {
            if ("date".equals(property.getFormat())) {
                String description = property.getDescription();
                if (description == null || description.isBlank()) {
                    property.setDescription(window);
                } else if (!description.contains(fr.essor.kit.domain.InputBounds.EARLIEST_DATE.toString())) {
                    property.setDescription(description.strip() + " " + window);
                }
            }
        });
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void collectReferences(Schema schema, Map<String, Schema> schemas, java.util.Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (found.add(name)) {
                collectReferences(schemas.get(name), schemas, found);
            }
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> collectReferences(p, schemas, found));
        }
        collectReferences(schema.getItems(), schemas, found);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            collectReferences(additional, schemas, found);
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> collectReferences(part, schemas, found));
            }
        }
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean write = WRITES.contains(method.name());
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (body || parameters) {
            error(responses, "400", "Requête invalide : JSON illisible, champ refusé (voir `errors`, un code stable "
                    + "par champ) ou paramètre mal formé.");
        }
        error(responses, "401", "Jeton d'accès absent, expiré ou refusé (en-tête `WWW-Authenticate`).");
        error(responses, "403", write
                ? "Le compte n'a pas un rôle autorisé pour cette écriture (le détail nomme les rôles autorisés), ou le "
                        + "service refuse ce compte pour cette ressource."
                : "Le compte n'a pas le droit de lire cette ressource.");
        if (path.contains("{")) {
            error(responses, "404", "Rien sous cet identifiant.");
        }
        if (write || conflicts.containsKey(String.valueOf(operation.getOperationId()))) {
            String when = conflicts.get(String.valueOf(operation.getOperationId()));
            error(responses, "409", when != null ? when
                    : "Conflit avec l'état actuel : la ressource a été modifiée entre-temps, existe déjà, ou son état "
                            + "ne permet pas cette opération (un `code` stable le dit).");
        }
        if (body) {
            error(responses, "413", "Le corps de la requête dépasse la taille maximale.");
            error(responses, "415", "Type de contenu non pris en charge : envoyez `application/json`.");
        }
        error(responses, "503", "Le stockage du service ne répond pas pour le moment : rien n'a été enregistré ; "
                + "réessayez après le délai de `Retry-After`.");
        responses.get("503").addHeaderObject("Retry-After", new Header().description("Secondes avant de réessayer.")
                .schema(new IntegerSchema()));
        responses.get("401").addHeaderObject("WWW-Authenticate", new Header()
                .description("Le défi Bearer (RFC 6750).").schema(new StringSchema()));
        if (!write && (operation.getDescription() == null || operation.getDescription().isBlank())) {
            operation.setDescription(READ_SENTENCE);
        } else if (!write && !operation.getDescription().contains("compte")) {
            operation.setDescription(operation.getDescription().strip() + "\n\n" + READ_SENTENCE);
        }
    }

    private static void error(ApiResponses responses, String status, String description) {
        ApiResponse declared = responses.get(status);
        if (declared == null) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
        } else {
            // declared on the handler (for its own description): the answer is still a problem, whatever springdoc
            // guessed for its content from the handler's return type
            declared.content(problemContent());
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema fieldError() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", new StringSchema().description("Le champ refusé (chemin JSON du corps).")
                .example("siret"));
        properties.put("code", new StringSchema().description("Code stable pour les programmes.")
                .example("siret.checksum"));
        properties.put("message", new StringSchema().description("Message en français pour les personnes.")
                .example("Le SIRET n'est pas valide (clé de contrôle)."));
        return new ObjectSchema().description("Un champ refusé de la requête.").properties(properties)
                .required(List.of("field", "code", "message"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri")
                .description("Type stable du problème.").example("https://essor.seinesaintdenis.fr/problems/bad-request"));
        properties.put("title", new StringSchema().description("Intitulé en français.").example("Requête invalide"));
        properties.put("status", new IntegerSchema().description("Le statut HTTP.").example(400));
        properties.put("detail", new StringSchema().description("Explication en français.")
                .example("La requête contient 1 erreur ; voir « errors »."));
        properties.put("instance", new StringSchema().format("uri-reference")
                .description("L'adresse de la requête.").example("/api/organisations"));
        properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                .description("Les champs refusés (400)."));
        properties.put("code", new StringSchema().description("Code stable d'un refus métier (403, 409).")
                .example("transition.illegal"));
        return new ObjectSchema().description("Un problème RFC 9457 (application/problem+json).")
                .properties(properties).required(List.of("type", "title", "status", "detail"));
    }
}
