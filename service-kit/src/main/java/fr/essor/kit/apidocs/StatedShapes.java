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
 * ones its body is held to, before any handler runs: a present text off its stated pattern is refused as
 * {@code <field>.format}, a code out of its stated list as {@code <field>.unknown}, all of them at once (400, nothing
 * written). What the document says of a code is therefore what the service accepts, exactly; the lengths, amounts and
 * ranges stay the domain's own checks ({@code InputBounds}). An absent (null) value is left to the domain's
 * "required" rule.
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
            if (pattern != null && !text.matches(pattern.value())) {
                violations.add(new Violation(field, field + ".format", pattern.message()));
            }
            Bounds.Reference reference = component.getAnnotation(Bounds.Reference.class);
            if (reference != null) {
                switch (reference.value()) {
                    case COMMUNE -> {
                        if (!COMMUNES.contains(text)) {
                            violations.add(new Violation(field, field + ".unknown", "Indiquez le code INSEE d'une "
                                    + "commune de Seine-Saint-Denis (ex. 93066 pour Saint-Denis)."));
                        }
                    }
                    case TERRITORY -> {
                        if (!TERRITORIES.contains(text)) {
                            violations.add(new Violation(field, field + ".unknown", "EPT inconnu : choisissez "
                                    + String.join(", ", TERRITORIES.stream().sorted().toList()) + "."));
                        }
                    }
                }
            }
            Bounds.OneOf oneOf = component.getAnnotation(Bounds.OneOf.class);
            if (oneOf != null && Arrays.stream(oneOf.value().getEnumConstants()).noneMatch(c -> c.name().equals(text))) {
                violations.add(new Violation(field, field + ".unknown", "Valeur inconnue : choisissez "
                        + Arrays.stream(oneOf.value().getEnumConstants()).map(Enum::name)
                                .collect(Collectors.joining(", ")) + "."));
            }
        }
        return violations;
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
