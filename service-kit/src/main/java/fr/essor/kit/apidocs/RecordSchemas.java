package fr.essor.kit.apidocs;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;

/**
 * What Jackson really writes of a Java record, in its OpenAPI schema: every component is written (null included), so
 * the schema lists them all under {@value #ALWAYS_WRITTEN} (turned into {@code required} by {@link ApiContract} for the
 * schemas that are only answered, never received); a component of a primitive type is never null, any other may be
 * ({@code "null"} added to its types), unless a bean-validation or {@code @Schema} annotation already makes it
 * required. A component or record annotated {@code @JsonInclude(NON_NULL…)} is left out of the required list.
 */
public final class RecordSchemas implements ModelConverter {

    static final String ALWAYS_WRITTEN = "x-essor-always-written";

    /** The class behind each schema name: two classes of one simple name would share (and spoil) one schema. */
    private final Map<String, Class<?>> named = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> clashes = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Schema names that two classes claimed; each must get its own {@code @Schema(name = …)}. */
    Set<String> clashes() {
        return Set.copyOf(clashes);
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null || type.getType() == null) {
            return schema;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Class<?> previous = name.equals(raw.getSimpleName()) ? named.putIfAbsent(name, raw) : null;
            if (previous != null && previous != raw) {
                clashes.add(name + " (" + previous.getName() + ", " + raw.getName() + ")");
            }
        }
        if (!raw.isRecord()) {
            return schema;
        }
        Schema model = schema;
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            model = context.getDefinedModels().get(name);
        }
        if (model == null || model.getProperties() == null || model.getExtensions() != null
                && model.getExtensions().containsKey(ALWAYS_WRITTEN)) {
            return schema;
        }
        boolean recordSkipsNulls = skipsNulls(raw.getAnnotation(JsonInclude.class));
        List<String> required = model.getRequired() == null ? List.of() : model.getRequired();
        List<String> alwaysWritten = new ArrayList<>();
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : raw.getRecordComponents()) {
            JsonProperty renamed = component.getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            boolean skipsNulls = recordSkipsNulls || skipsNulls(component.getAnnotation(JsonInclude.class))
                    || skipsNulls(component.getAccessor().getAnnotation(JsonInclude.class));
            if (!skipsNulls) {
                alwaysWritten.add(name);
            }
            bound(property, component);
            if (!component.getType().isPrimitive() && !required.contains(name)) {
                nullable(property);
            }
        }
        model.addExtension(ALWAYS_WRITTEN, alwaysWritten);
        return schema;
    }

    /** The {@link Bounds} of a component, in its schema. */
    @SuppressWarnings("rawtypes")
    private static void bound(Schema property, RecordComponent component) {
        Bounds.Text text = component.getAnnotation(Bounds.Text.class);
        if (text != null) {
            property.setMaxLength(text.value());
        }
        Bounds.Amount amount = component.getAnnotation(Bounds.Amount.class);
        if (amount != null) {
            property.setMinimum(amount.positive() ? CENT : java.math.BigDecimal.ZERO);
            property.setMaximum(InputBounds.MAX_AMOUNT);
            property.setMultipleOf(CENT);
            describe(property, "En euros, deux décimales au plus" + (amount.positive() ? ", plus de zéro." : "."));
        }
        if (component.getAnnotation(Bounds.SignedAmount.class) != null) {
            property.setMinimum(InputBounds.MAX_AMOUNT.negate());
            property.setMaximum(InputBounds.MAX_AMOUNT);
            property.setMultipleOf(CENT);
            describe(property, "En euros, deux décimales au plus ; peut être négatif.");
        }
        Bounds.Whole whole = component.getAnnotation(Bounds.Whole.class);
        if (whole != null) {
            property.setMinimum(java.math.BigDecimal.valueOf(whole.min()));
            property.setMaximum(java.math.BigDecimal.valueOf(whole.max()));
        }
        Bounds.Decimal decimal = component.getAnnotation(Bounds.Decimal.class);
        if (decimal != null) {
            property.setMinimum(new java.math.BigDecimal(decimal.min()));
            property.setMaximum(new java.math.BigDecimal(decimal.max()));
            property.setMultipleOf(java.math.BigDecimal.ONE.movePointLeft(decimal.decimals()));
        }
        Bounds.Pattern pattern = component.getAnnotation(Bounds.Pattern.class);
        if (pattern != null) {
            property.setPattern("^(?:" + pattern.value() + ")$");
        }
        Bounds.Reference reference = component.getAnnotation(Bounds.Reference.class);
        if (reference != null) {
            enumerate(property, switch (reference.value()) {
                case COMMUNE -> REFERENCE.codes();
                case TERRITORY -> REFERENCE.territories().stream().map(Territory::code).toList();
            });
        }
        Bounds.OneOf oneOf = component.getAnnotation(Bounds.OneOf.class);
        if (oneOf != null) {
            enumerate(property, java.util.Arrays.stream(oneOf.value().getEnumConstants()).map(Enum::name).toList());
        }
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void enumerate(Schema property, List<String> values) {
        property.setEnum(new ArrayList<>(values));
    }

    private static final Communes REFERENCE = Communes.fromClasspath();

    @SuppressWarnings("rawtypes")
    private static void describe(Schema property, String text) {
        if (property.getDescription() == null || property.getDescription().isBlank()) {
            property.setDescription(text);
        } else if (!property.getDescription().contains(text)) {
            property.setDescription(property.getDescription().strip() + " " + text);
        }
    }

    private static final java.math.BigDecimal CENT = new java.math.BigDecimal("0.01");

    private static boolean skipsNulls(JsonInclude include) {
        return include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void nullable(Schema property) {
        if (property.get$ref() != null) {
            // a reference cannot take a type beside it: "any of the referenced schema or null"
            Schema reference = new Schema<>().$ref(property.get$ref());
            property.set$ref(null);
            Schema none = new Schema<>();
            none.addType("null");
            property.setAnyOf(new ArrayList<>(List.of(reference, none)));
            return;
        }
        Set<String> types = property.getTypes() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty() || types.contains("null")) {
            return;
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null); // the list may be fixed-size (allowableValues)
            property.setEnum(values);
        }
    }
}
