package fr.essor.kit.apidocs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import com.fasterxml.jackson.annotation.JsonProperty;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;

/**
 * The shapes a request record states ({@link Bounds.Pattern}, {@link Bounds.Reference}, {@link Bounds.OneOf}) are the
 * only forms its body is taken in. The domain checks each code itself and answers every violation at once (a
 * malformed code beside a missing title); what it would also take once tidied — surrounding spaces, lower case,
 * the spaces or dots of a SIRET copied from a page — is the one thing it would accept off the stated shape. Such a
 * value is refused here, before any handler runs: {@code <field>.format} off a pattern, {@code <field>.unknown} off
 * a list (400, nothing written). A value that no tidying brings to the stated shape is left to the domain, which
 * refuses it with the body's other violations (the bad-input sweep sends one of each and expects a 400 naming the
 * field). An absent (null) value is left to the domain's "required" rule.
 */
@ControllerAdvice
public class StatedShapes extends RequestBodyAdviceAdapter {

    private static final Communes REFERENCE = Communes.fromClasspath();
    private static final Set<String> COMMUNES = Set.copyOf(REFERENCE.codes());
    private static final Set<String> TERRITORIES = REFERENCE.territories().stream().map(Territory::code)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isRecord();
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        List<Violation> violations = violations(body);
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        return body;
    }

    /** The violations of the stated shapes by the components of {@code body}, a record (none for anything else). */
    public static List<Violation> violations(Object body) {
        List<Violation> violations = new ArrayList<>();
        if (body == null || !body.getClass().isRecord()) {
            return violations;
        }
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            if (!(value(component, body) instanceof String text)) {
                continue;
            }
            JsonProperty renamed = component.getAnnotation(JsonProperty.class);
            String field = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            Bounds.Pattern pattern = component.getAnnotation(Bounds.Pattern.class);
            if (pattern != null && offShapeButTidyable(text, value -> value.matches(pattern.value()))) {
                violations.add(new Violation(field, field + ".format", pattern.message()));
            }
            Bounds.Reference reference = component.getAnnotation(Bounds.Reference.class);
            if (reference != null) {
                switch (reference.value()) {
                    case COMMUNE -> {
                        if (offShapeButTidyable(text, COMMUNES::contains)) {
                            violations.add(new Violation(field, field + ".unknown", "Indiquez le code INSEE d'une "
                                    + "commune de Seine-Saint-Denis (ex. 93066 pour Saint-Denis), sans espaces."));
                        }
                    }
                    case TERRITORY -> {
                        if (offShapeButTidyable(text, TERRITORIES::contains)) {
                            violations.add(new Violation(field, field + ".unknown", "EPT inconnu : choisissez "
                                    + String.join(", ", TERRITORIES.stream().sorted().toList()) + "."));
                        }
                    }
                }
            }
            Bounds.OneOf oneOf = component.getAnnotation(Bounds.OneOf.class);
            if (oneOf != null && offShapeButTidyable(text, value -> Arrays.stream(oneOf.value().getEnumConstants())
                    .anyMatch(c -> c.name().equals(value)))) {
                violations.add(new Violation(field, field + ".unknown", "Valeur inconnue : choisissez "
                        + Arrays.stream(oneOf.value().getEnumConstants()).map(Enum::name)
                                .collect(Collectors.joining(", ")) + "."));
            }
        }
        return violations;
    }

    /**
     * Off the stated shape, though a tidied form of it (trimmed, in capitals, without the spaces, dots and dashes of
     * a number copied from a page) is on it: what a lenient domain would take, and the contract does not.
     */
    static boolean offShapeButTidyable(String text, java.util.function.Predicate<String> onShape) {
        if (onShape.test(text)) {
            return false;
        }
        String trimmed = text.strip();
        String compact = text.replaceAll("[\\s\\u00A0\\u202F.\\-]", "");
        return java.util.stream.Stream.of(trimmed, trimmed.toUpperCase(java.util.Locale.ROOT), compact,
                compact.toUpperCase(java.util.Locale.ROOT)).anyMatch(onShape);
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
