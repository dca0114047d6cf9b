package fr.essor.procurement.sourcing;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.domain.Violation;
import fr.essor.procurement.sourcing.domain.NeedForm;
import fr.essor.procurement.sourcing.domain.NeedStatus;
import fr.essor.procurement.sourcing.domain.OutcomeForm;
import fr.essor.procurement.sourcing.domain.SourcingNeed;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.testing.Sirets;
import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierDetails;
import fr.essor.procurement.suppliers.domain.SupplierProfile;
import fr.essor.procurement.suppliers.domain.SupplierMatch;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing a sourcing need, its matched suppliers, the interest recorded and the outcome. */
class SourcingNeedTest {

    static final Set<String> EPTS = Set.of("T6", "T7", "T8", "T9");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    static final Communes COMMUNES = Communes.fromClasspath();

    static Supplier supplier(InclusionType type, LegalForm form, String division, String territory, String capacity) {
        String siret = Sirets.next();
        Organisation organisation = new Organisation(siret, new OrganisationDetails(new Siret(siret), null,
                "Structure " + siret, form, false, type, COMMUNES.find("93048").orElseThrow()), 1, NOW, "achats",
                NOW, "achats");
        return new Supplier(organisation, SupplierProfile.describe(siret, new SupplierDetails(List.of(division),
                List.of(territory), 20, capacity == null ? null : new BigDecimal(capacity), null), "achats", NOW));
    }

    static NeedForm form(String division, String territory, String min, String max, LocalDate answerBy) {
        return new NeedForm("dbl", "Entretien des espaces verts", division, territory,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), answerBy);
    }

    static SourcingNeed.Publication publish(NeedForm form, List<Supplier> directory) {
        return SourcingNeed.publish("BS-1", form, EPTS, TODAY, terms -> SupplierMatch.among(directory,
                terms.cpvDivision(), terms.territoryCode(), terms.maxAmount()), "achats", NOW);
    }

    static SourcingNeed published(List<Supplier> directory) {
        return ((SourcingNeed.Published) publish(form("77", "T8", "40000", "90000", TODAY.plusDays(30)), directory))
                .need();
    }

    @Test
    void aPublishedNeedKeepsAndAnnouncesTheSuppliersOfItsDivisionAndTerritoryOnly() {
        Supplier gardens = supplier(InclusionType.ACI, LegalForm.ASSOCIATION, "77", "T8", "100000");
        Supplier elsewhere = supplier(InclusionType.ACI, LegalForm.ASSOCIATION, "77", "T6", "100000");
        Supplier cleaning = supplier(InclusionType.EI, LegalForm.ASSOCIATION, "90", "T8", null);

        SourcingNeed.Published published = (SourcingNeed.Published) publish(
                form("77310000-6", "t8", "40000", "90000", TODAY.plusDays(30)), List.of(gardens, elsewhere, cleaning));

        assertThat(published.need().terms().cpvDivision()).as("a whole CPV code gives its division").isEqualTo("77");
        assertThat(published.need().terms().buyerDirectorate()).isEqualTo("DBL");
        assertThat(published.need().matchedSupplierIds()).containsExactly(gardens.siret());
        assertThat(published.fact().matchedSupplierIds()).containsExactly(gardens.siret());
        assertThat(published.fact().needId()).isEqualTo("BS-1");
        assertThat(published.fact().version()).isEqualTo(1);
        assertThat(published.need().status()).isEqualTo(NeedStatus.OPEN);
    }

    @Test
    void aNeedOverTheWholeDepartementMatchesSuppliersOfEveryTerritory() {
        Supplier t6 = supplier(InclusionType.EA, LegalForm.ASSOCIATION, "77", "T6", null);
        Supplier t9 = supplier(InclusionType.ESAT, LegalForm.ASSOCIATION, "77", "T9", null);

        SourcingNeed.Published published = (SourcingNeed.Published) publish(
                form("77", "", "0", "10000", TODAY), List.of(t6, t9));

        assertThat(published.need().matchedSupplierIds()).containsExactlyInAnyOrder(t6.siret(), t9.siret());
        assertThat(published.need().terms().territoryCode()).isNull();
    }

    @Test
    void aWrongNeedIsRefusedFieldByField() {
        SourcingNeed.Publication refused = publish(form("11", "T5", "90000", "40000", TODAY.minusDays(1)), List.of());

        assertThat(((SourcingNeed.Refused) refused).violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("cpvDivision.unknown", "territoryCode.unknown", "maxAmount.belowMin",
                        "answerBy.past");
        assertThat(((SourcingNeed.Refused) publish(form(null, null, "-1", null, null), List.of())).violations())
                .extracting(Violation::code).containsExactlyInAnyOrder("cpvDivision.required", "minAmount.range",
                        "maxAmount.required", "answerBy.required");
        assertThat(((SourcingNeed.Refused) publish(form("90", null, "1e400", "1e400", LocalDate.of(2999, 1, 1)),
                List.of())).violations()).extracting(Violation::code).containsExactlyInAnyOrder("minAmount.range",
                "maxAmount.range", "answerBy.date-range");
    }

    @Test
    void aSupplierIsInterestedOnceUntilTheAnswerDateAndNotOnceTheNeedIsClosed() {
        SourcingNeed need = published(List.of());

        SourcingNeed interested = ((SourcingNeed.Changed) need.recordInterest("73282932000074", "Régie", " Dispo ",
                TODAY, "facilitateur", NOW)).need();
        assertThat(interested.interests()).singleElement().satisfies(i -> {
            assertThat(i.note()).isEqualTo("Dispo");
            assertThat(i.recordedBy()).isEqualTo("facilitateur");
        });
        assertThat(interested.version()).isEqualTo(2);

        assertThat(((SourcingNeed.Refused) interested.recordInterest("73282932000074", "Régie", null, TODAY,
                "facilitateur", NOW)).violations()).extracting(Violation::code).containsExactly("interest.duplicate");
        assertThat(((SourcingNeed.Refused) need.recordInterest("44306184100047", "Autre", null, TODAY.plusDays(31),
                "facilitateur", NOW)).violations()).extracting(Violation::code).containsExactly("answerBy.passed");

        SourcingNeed closed = ((SourcingNeed.Changed) interested.close(new OutcomeForm(false, null, "Budget gelé"),
                false, "achats", NOW)).need();
        assertThat(closed.recordInterest("44306184100047", "Autre", null, TODAY, "facilitateur", NOW))
                .isEqualTo(new SourcingNeed.Closed(NeedStatus.NOT_AWARDED));
    }

    @Test
    void anAwardNamesAnExistingContractAndANeedWithoutFollowUpSaysWhy() {
        SourcingNeed need = published(List.of());

        assertThat(((SourcingNeed.Refused) need.close(new OutcomeForm(true, null, null), false, "achats", NOW))
                .violations()).extracting(Violation::code).containsExactly("contractId.required");
        assertThat(((SourcingNeed.Refused) need.close(new OutcomeForm(true, "MAR-X-L1", null), false, "achats", NOW))
                .violations()).extracting(Violation::code).containsExactly("contractId.unknown");
        assertThat(((SourcingNeed.Refused) need.close(new OutcomeForm(false, null, " "), false, "achats", NOW))
                .violations()).extracting(Violation::code).containsExactly("reason.required");
        assertThat(((SourcingNeed.Refused) need.close(new OutcomeForm(null, null, null), false, "achats", NOW))
                .violations()).extracting(Violation::code).containsExactly("awarded.required");

        SourcingNeed awarded = ((SourcingNeed.Changed) need.close(new OutcomeForm(true, " MAR-X-L1 ", null), true,
                "achats", NOW)).need();
        assertThat(awarded.status()).isEqualTo(NeedStatus.AWARDED);
        assertThat(awarded.outcome().contractId()).isEqualTo("MAR-X-L1");
        assertThat(awarded.outcome().recordedBy()).isEqualTo("achats");
        assertThat(awarded.close(new OutcomeForm(false, null, "Erreur"), false, "achats", NOW))
                .isEqualTo(new SourcingNeed.Closed(NeedStatus.AWARDED));
    }
}
