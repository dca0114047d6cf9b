package fr.essor.kit.problem;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class BodyTypeErrorsTest {

    record Address(String commune) {
    }

    record Body(Boolean esus, LocalDate startOn, Integer durationMonths, BigDecimal amount, String lender,
                List<String> usages, Address address) {
    }

    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build();

    @Test
    void aWrongTypeNamesTheFieldAndWhatWasExpected() {
        assertThat(violationOf("{\"esus\":\"yes\"}")).isEqualTo(new Violation("esus", "esus.type",
                "« esus » : la valeur doit être true ou false."));
        assertThat(violationOf("{\"lender\":{\"a\":1}}").code()).isEqualTo("lender.type");
        assertThat(violationOf("{\"usages\":\"OFFICES\"}").code()).isEqualTo("usages.type");
        assertThat(violationOf("{\"durationMonths\":1.5}").code()).isEqualTo("durationMonths.type");
        assertThat(violationOf("{\"amount\":\"beaucoup\"}").code()).isEqualTo("amount.type");
    }

    @Test
    void anImpossibleDateIsAFormatErrorOfItsField() {
        Violation violation = violationOf("{\"startOn\":\"2026-02-30\"}");

        assertThat(violation.field()).isEqualTo("startOn");
        assertThat(violation.code()).isEqualTo("startOn.format");
        assertThat(violation.message()).contains("AAAA-MM-JJ");
    }

    @Test
    void aNumberBeyondItsTypeIsOutOfRangeAndANestedFieldIsNamedByItsPath() {
        assertThat(violationOf("{\"durationMonths\":1e400}").field()).isEqualTo("durationMonths");
        assertThat(violationOf("{\"durationMonths\":99999999999}").code()).isEqualTo("durationMonths.range");
        assertThat(violationOf("{\"address\":{\"commune\":[1]}}").field()).isEqualTo("address.commune");
    }

    @Test
    void aBodyThatIsNotJsonNamesNoField() {
        assertThat(BodyTypeErrors.violationOf(catchThrowable(() -> json.readValue("{esus", Body.class)))).isNull();
    }

    private Violation violationOf(String body) {
        Throwable error = catchThrowable(() -> json.readValue(body, Body.class));
        assertThat(error).as("Jackson refuses " + body).isNotNull();
        return BodyTypeErrors.violationOf(error);
    }
}
