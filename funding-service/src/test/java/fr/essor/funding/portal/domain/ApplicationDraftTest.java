package fr.essor.funding.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApplicationDraftTest {

    private static final Instant STARTED = Instant.parse("2026-03-01T09:00:00Z");

    private final ApplicationDraft draft = ApplicationDraft.start("d-1", "asso-fabrique", "73282932000074",
            "La Fabrique Solidaire", 2026, STARTED);

    private static DraftFields typed(String title, String amount) {
        return new DraftFields(title, "", "", amount, "", "", "", "1", List.of("93066", " "), false, "", false);
    }

    @Test
    void aDraftKeepsWhatWasTypedEvenWhatTheCallWouldRefuse() {
        PortalOutcome<ApplicationDraft> saved = draft.save(typed("Atelier vélo", "douze mille"), "asso-fabrique",
                STARTED.plusSeconds(60));

        ApplicationDraft next = ((PortalOutcome.Changed<ApplicationDraft>) saved).state();
        assertThat(next.fields().title()).isEqualTo("Atelier vélo");
        assertThat(next.fields().firstYearOperating()).isEqualTo("douze mille");
        assertThat(next.fields().communeInsees()).containsExactly("93066");
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.updatedAt()).isEqualTo(STARTED.plusSeconds(60));
        assertThat(next.save(typed("Atelier vélo", "douze mille"), "asso-fabrique", STARTED.plusSeconds(90)))
                .isInstanceOf(PortalOutcome.Unchanged.class);
    }

    @Test
    void aSubmittedDraftNoLongerChangesAndKnowsItsApplication() {
        ApplicationDraft submitted = ((PortalOutcome.Changed<ApplicationDraft>) draft.submittedAs("AAA-2026-0007",
                "asso-fabrique", STARTED.plusSeconds(120))).state();

        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.applicationId()).isEqualTo("AAA-2026-0007");
        assertThat(submitted.save(typed("Autre", ""), "asso-fabrique", STARTED.plusSeconds(180)))
                .isInstanceOfSatisfying(PortalOutcome.NotAllowedNow.class,
                        refused -> assertThat(refused.message()).contains("AAA-2026-0007"));
        assertThat(submitted.submittedAs("AAA-2026-0007", "asso-fabrique", STARTED))
                .isInstanceOf(PortalOutcome.Unchanged.class);
        assertThat(submitted.submittedAs("AAA-2026-0008", "asso-fabrique", STARTED))
                .isInstanceOf(PortalOutcome.NotAllowedNow.class);
    }

    @Test
    void aFieldLongerThanTheLimitIsCutThere() {
        DraftFields long_ = typed("x".repeat(DraftFields.MAX_FIELD + 10), "");
        assertThat(long_.title()).hasSize(DraftFields.MAX_FIELD);
    }
}
