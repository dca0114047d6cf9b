package fr.essor.kit.security;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

/**
 * Tells, on each write of the OpenAPI document, who may make it (ADR-0012), from the same {@link WriteRules} the
 * filter chain enforces: an extension {@value #EXTENSION} with the role names (empty when no rule lets anyone through)
 * and a French sentence at the end of the description ("Rôles autorisés : …"). How to authenticate is
 * {@link OpenApiSecurity}'s part.
 */
final class OpenApiWriteRoles implements OpenApiCustomizer {

    static final String EXTENSION = "x-essor-roles";
    static final String NOBODY = "Aucun rôle n'est autorisé : cette écriture est refusée à tous.";

    private final WriteRules rules;

    OpenApiWriteRoles(WriteRules rules) {
        this.rules = rules;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            HttpMethod httpMethod = HttpMethod.valueOf(method.name());
            if (WriteRules.WRITE_METHODS.contains(httpMethod)) {
                // an OpenAPI template such as /api/calls/{year} is matched as a path: its {year} fills the variable
                describe(operation, rules.ruleFor(httpMethod, path));
            }
        }));
    }

    private static void describe(Operation operation, Optional<WriteRules.Rule> rule) {
        List<String> roles = rule.map(WriteRules.Rule::roleNames).orElse(List.of());
        String sentence = rule.map(WriteRules.Rule::frenchSentence).orElse(NOBODY);
        operation.addExtension(EXTENSION, roles);
        String description = operation.getDescription();
        // a paragraph of its own at the end (the description is Markdown)
        operation.setDescription(description == null || description.isBlank() ? sentence
                : description.strip() + "\n\n" + sentence);
    }
}
