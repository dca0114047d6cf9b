package fr.essor.foncier.premises.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the need and offer forms accept, and the French messages of what they refuse. */
class PremisesFormsTest {

    @Test
    void aNeedTypedTheFrenchWayIsRead() {
        NeedForm form = new NeedForm("W931004567", List.of("workshop", " STORAGE "), "120", "250",
                List.of("93048", ""), List.of("T8"), "95,50", "01/09/2026", "EITHER", "24", true, false, " ");

        NeedDetails details = ((NeedForm.Valid) form.check(Premises.COMMUNES)).details();

        assertThat(details.usages()).containsExactlyInAnyOrder(Usage.WORKSHOP, Usage.STORAGE);
        assertThat(details.maxRentPerSquareMetre()).isEqualByComparingTo(new BigDecimal("95.50"));
        assertThat(details.neededFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(details.communes()).containsExactly(Premises.MONTREUIL);
        assertThat(details.concernedTerritoryCodes()).containsExactly("T8");
        assertThat(details.notes()).isNull();
    }

    @Test
    void aNeedWithEveryMistakeGetsEveryViolationAtOnce() {
        NeedForm form = new NeedForm("W931004567", List.of("GARAGE"), "300", "200", List.of("75056"), List.of("T5"),
                "-3", "2026-13-01", "SOMETIMES", "0", false, false, null);

        List<Violation> violations = ((NeedForm.Invalid) form.check(Premises.COMMUNES)).violations();

        assertThat(violations).extracting(Violation::code).containsExactly("usages.unknown", "surfaceMax.belowMin",
                "communeInsees.unknown", "territoryCodes.unknown", "maxRentPerSquareMetre.format", "neededFrom.format",
                "tenure.unknown", "durationMonths.format");
        assertThat(violations.get(1).message())
                .isEqualTo("La surface maximale doit être supérieure ou égale à la surface minimale.");
    }

    @Test
    void anEmptyNeedSaysWhatIsRequired() {
        NeedForm form = new NeedForm(null, null, null, null, null, null, null, null, null, null, false, false, null);

        assertThat(((NeedForm.Invalid) form.check(Premises.COMMUNES)).violations()).extracting(Violation::code)
                .containsExactly("usages.required", "surfaceMin.required", "surfaceMax.required",
                        "neededFrom.required", "tenure.required");
    }

    @Test
    void aLongTermOfferHasNoEndDateAndAnErpCategoryFromOneToFive() {
        OfferForm form = new OfferForm("COMMUNE", "Ville de Bondy", "3 rue X", "93010", "80", List.of("OFFICES"),
                "0", "2026-07-01", "2027-01-01", "LONG_TERM", "6", false, null);

        assertThat(((OfferForm.Invalid) form.check(Premises.COMMUNES)).violations()).extracting(Violation::code)
                .containsExactly("availableUntil.longTerm", "erpCategory.format");
    }

    @Test
    void aRentBeyondABillionOrADateCenturiesAheadIsRefusedForWhatItIs() {
        OfferForm offer = new OfferForm("COMMUNE", "Ville de Bondy", "3 rue X", "93010", "80", List.of("OFFICES"),
                "1e400", "2999-01-01", null, "LONG_TERM", "", false, null);
        NeedForm need = new NeedForm("W931004567", List.of("WORKSHOP"), "100", "200", List.of("93048"), List.of(),
                "1e400", "2999-01-01", "EITHER", "24", false, false, null);

        assertThat(((OfferForm.Invalid) offer.check(Premises.COMMUNES)).violations()).extracting(Violation::code)
                .containsExactly("rentPerSquareMetre.range", "availableFrom.date-range");
        assertThat(((NeedForm.Invalid) need.check(Premises.COMMUNES)).violations()).extracting(Violation::code)
                .containsExactly("maxRentPerSquareMetre.range", "neededFrom.date-range");
    }

    @Test
    void aFreeTemporaryOfferIsAccepted() {
        OfferForm form = new OfferForm("departement", "Département", "Immeuble Picasso", "93008", "1 200",
                List.of("OFFICES", "HALL"), "0", "01/07/2026", "30/06/2027", "TEMPORARY", "", true, null);

        OfferDetails details = ((OfferForm.Valid) form.check(Premises.COMMUNES)).details();

        assertThat(details.surface()).isEqualTo(1200);
        assertThat(details.rentPerSquareMetre()).isZero();
        assertThat(details.availableUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(details.erpCategory()).isNull();
    }

    @Test
    void aClosedNeedMustBeReopenedBeforeItsDetailsChange() {
        PremisesNeed need = Premises.need(Premises.needDetails());
        PremisesNeed abandoned = ((PremisesNeed.Changed) need.change(need.details(), NeedStatus.ABANDONED, "sens",
                Premises.NOW)).need();
        NeedDetails bigger = Premises.withSurface(need.details(), 100, 400);

        assertThat(abandoned.change(bigger, NeedStatus.ABANDONED, "sens", Premises.NOW))
                .isInstanceOf(PremisesNeed.Refused.class);
        PremisesNeed.Changed reopened = (PremisesNeed.Changed) abandoned.change(bigger, NeedStatus.OPEN, "cellule",
                Premises.NOW.plusSeconds(60));
        assertThat(reopened.need().version()).isEqualTo(3);
        assertThat(reopened.need().updatedBy()).isEqualTo("cellule");
        assertThat(((PremisesNeed.Changed) reopened.need().change(bigger, NeedStatus.OPEN, "x", Premises.NOW))
                .changed()).isFalse();
    }

    @Test
    void aNewNeedOrOfferTakesNoStatusButItsFirstAndAnUnknownOneIsSaidUnknown() {
        assertThat(NeedStatus.atRegistration(null)).isEmpty();
        assertThat(NeedStatus.atRegistration("OPEN")).isEmpty();
        assertThat(NeedStatus.atRegistration("x".repeat(100_000))).map(Violation::code).hasValue("status.unknown");
        assertThat(NeedStatus.atRegistration("SATISFIED")).map(Violation::code).hasValue("status.atRegistration");
        assertThat(OfferStatus.atPublication("AVAILABLE")).isEmpty();
        assertThat(OfferStatus.atPublication("x".repeat(100_000))).map(Violation::code).hasValue("status.unknown");
        assertThat(OfferStatus.atPublication("LET")).map(Violation::code).hasValue("status.atPublication");
    }
}
