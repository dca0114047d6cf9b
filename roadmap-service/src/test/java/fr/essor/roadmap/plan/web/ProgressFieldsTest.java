package fr.essor.roadmap.plan.web;

import fr.essor.roadmap.plan.application.ProgressFields;
import fr.essor.roadmap.plan.domain.ActionStatus;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressFieldsTest {

    @Test
    void aKnownStatusAndAWholeNumberAreReadWithoutErrors() {
        Map<String, String> errors = new LinkedHashMap<>();

        assertThat(ProgressFields.status(ActionStatus.values()[0].name(), errors)).isEqualTo(ActionStatus.values()[0]);
        assertThat(ProgressFields.progress(" 42 ", errors)).isEqualTo(42);
        assertThat(errors).isEmpty();
    }

    @Test
    void anUnknownStatusAndAProgressThatIsNotAWholeNumberAreNamedUnderTheirFields() {
        Map<String, String> errors = new LinkedHashMap<>();

        assertThat(ProgressFields.status("NOPE", errors)).isNull();
        assertThat(ProgressFields.progress("12,5", errors)).isNull();
        assertThat(errors).containsEntry("status", "Choisissez un statut.")
                .containsEntry("progress", "L'avancement est un nombre entier entre 0 et 100.");
    }

    @Test
    void aMissingProgressIsAnErrorNotZero() {
        Map<String, String> errors = new LinkedHashMap<>();

        assertThat(ProgressFields.progress(null, errors)).isNull();
        assertThat(errors).containsKey("progress");
    }
}
