package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OccupancyAgreementTest {

    private static final Space ALLOCATED = SpaceTest.allocated(SpaceTest.workshop("IRD-B04-001", "B04", 85,
            SpaceType.PRODUCTIVE), "ALLOC-2026-0007", SpaceTest.SEPT, null);

    @Test
    void anAgreementIsDrawnUpWithTheStandardRulesAndAMonthlyFeeForTheSurfaceWithoutAnyFact() {
        Space.Moved drafted = (Space.Moved) ALLOCATED.draftAgreement("ALLOC-2026-0007", new BigDecimal("12.5"), " ",
                "pole", SpaceTest.NOW);

        OccupancyAgreement agreement = drafted.space().allocations().getFirst().agreement();
        assertThat(drafted.events()).isEmpty();
        assertThat(agreement.number()).isEqualTo("CONV-2026-0007");
        assertThat(agreement.rules()).isEqualTo(OccupancyAgreement.STANDARD_RULES);
        assertThat(agreement.monthlyFee(85)).isEqualByComparingTo("1062.50");
        assertThat(agreement.signed()).isFalse();
        assertThat(drafted.space().history().getLast().what()).isEqualTo("Convention CONV-2026-0007 établie");
    }

    @Test
    void aSignedAgreementNamesItsSignatoryAndDayAndCanNoLongerChange() {
        Space drafted = ((Space.Moved) ALLOCATED.draftAgreement("ALLOC-2026-0007", BigDecimal.TEN, null, "pole",
                SpaceTest.NOW)).space();
        LocalDate today = LocalDate.of(2026, 3, 4);

        assertThat(drafted.signAgreement("ALLOC-2026-0007", "", today.plusDays(1), "pole", SpaceTest.NOW))
                .isInstanceOfSatisfying(Space.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Violation::code).containsExactly("signatory.required", "signedOn.future"));
        assertThat(drafted.signAgreement("ALLOC-2026-0007", "x".repeat(Space.MAX_SIGNATORY + 1), today, "pole",
                SpaceTest.NOW)).isInstanceOfSatisfying(Space.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Violation::code).containsExactly("signatory.too-long"));
        Space signed = ((Space.Moved) drafted.signAgreement("ALLOC-2026-0007", "Awa Diallo, gérante", today,
                "pole", SpaceTest.NOW)).space();

        OccupancyAgreement agreement = signed.allocations().getFirst().agreement();
        assertThat(agreement.signedOn()).isEqualTo(today);
        assertThat(agreement.signatureRecordedBy()).isEqualTo("pole");
        assertThat(signed.draftAgreement("ALLOC-2026-0007", BigDecimal.ONE, null, "pole", SpaceTest.NOW))
                .isInstanceOfSatisfying(Space.Refused.class, r -> assertThat(r.refusals())
                        .extracting(Violation::code).containsExactly("agreement.signed"));
        assertThat(ALLOCATED.draftAgreement("ALLOC-2026-0007", new BigDecimal("1.234"), null, "pole",
                SpaceTest.NOW)).isInstanceOfSatisfying(Space.Refused.class, r -> assertThat(r.refusals())
                .extracting(Violation::code).containsExactly("fee.cents"));
    }
}
