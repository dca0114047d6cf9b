package fr.essor.kit.apidocs;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;

import fr.essor.kit.reference.Communes;

import static org.assertj.core.api.Assertions.assertThat;

class RecordSchemasTest {

    enum Colour { RED, GREEN }

    record Sample(@Bounds.Text(10) String name,
                  @Bounds.Amount(positive = true) BigDecimal amount,
                  @Bounds.Whole(min = 1, max = 12) Integer months,
                  @Bounds.Pattern("\\d{14}") String siret,
                  @Bounds.Reference(Bounds.Codes.TERRITORY) String territory,
                  @Bounds.Reference(Bounds.Codes.COMMUNE) String commune,
                  @Bounds.OneOf(Colour.class) String colour,
                  @Bounds.Decimal(min = "0", max = "1000", decimals = 4) BigDecimal measure) {
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> properties() {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new RecordSchemas());
        return converters.readAll(new AnnotatedType(Sample.class)).get("Sample").getProperties();
    }

    @Test
    void eachBoundOfAComponentIsStatedInItsSchema() {
        var properties = properties();
        assertThat(properties.get("name").getMaxLength()).isEqualTo(10);
        assertThat(properties.get("amount").getMinimum()).isEqualByComparingTo("0.01");
        assertThat(properties.get("amount").getMaximum()).isEqualByComparingTo("1000000000");
        assertThat(properties.get("amount").getMultipleOf()).isEqualByComparingTo("0.01");
        assertThat(properties.get("months").getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(properties.get("months").getMaximum()).isEqualByComparingTo("12");
        assertThat(properties.get("measure").getMinimum()).isEqualByComparingTo("0");
        assertThat(properties.get("measure").getMaximum()).isEqualByComparingTo("1000");
        assertThat(properties.get("measure").getMultipleOf()).isEqualByComparingTo("0.0001");
    }

    @Test
    void aShapeIsAnAnchoredPatternAndACodeListAnEnumWithNullForAnAbsentValue() {
        var properties = properties();
        assertThat(properties.get("siret").getPattern()).isEqualTo("^(?:\\d{14})$");
        assertThat(properties.get("territory").getEnum()).containsExactly("T6", "T7", "T8", "T9", null);
        assertThat(properties.get("commune").getEnum()).contains("93066", "93059", "93001", null)
                .hasSize(Communes.fromClasspath().codes().size() + 1);
        assertThat(properties.get("colour").getEnum()).containsExactly("RED", "GREEN", null);
    }
}
