package fr.essor.procurement.plan;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.testing.Sirets;
import fr.essor.procurement.contracts.domain.CpvCode;
import fr.essor.procurement.contracts.domain.Reservation;
import fr.essor.procurement.plan.domain.InclusivePotential;
import fr.essor.procurement.plan.domain.PurchaseTerms;
import fr.essor.procurement.plan.domain.Recommendation;
import fr.essor.procurement.plan.domain.RecommendationKind;
import fr.essor.procurement.plan.domain.RecommendationRules;
import fr.essor.procurement.suppliers.domain.Supplier;
import fr.essor.procurement.suppliers.domain.SupplierDetails;
import fr.essor.procurement.suppliers.domain.SupplierProfile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationRulesTest {

    static final Communes COMMUNES = Communes.fromClasspath();
    static final Instant NOW = Instant.parse("2026-11-10T09:00:00Z");
    static final String CLEANING = "90910000-9";
    static final String SOFTWARE = "48000000-8";
    static final String SOCIAL_SERVICES = "85310000-5";

    static PurchaseTerms purchase(String cpv, String amount, String territory) {
        return new PurchaseTerms("DBL", "Achat", new CpvCode(cpv), new BigDecimal(amount), LocalDate.of(2027, 3, 1),
                territory);
    }

    static Supplier supplier(InclusionType type, LegalForm form, String division, String territory, String capacity) {
        String siret = Sirets.next();
        Organisation organisation = new Organisation(siret, new OrganisationDetails(new Siret(siret), null,
                "Structure " + siret, form, false, type, COMMUNES.find("93048").orElseThrow()), 1, NOW, "achats",
                NOW, "achats");
        SupplierProfile profile = SupplierProfile.describe(siret, new SupplierDetails(List.of(division),
                List.of(territory), 20, capacity == null ? null : new BigDecimal(capacity), null), "achats", NOW);
        return new Supplier(organisation, profile);
    }

    static List<Supplier> many(int count, InclusionType type, String division, String territory, String capacity) {
        List<Supplier> suppliers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            suppliers.add(supplier(type, LegalForm.ASSOCIATION, division, territory, capacity));
        }
        return suppliers;
    }

    static Recommendation recommend(PurchaseTerms purchase, List<Supplier> directory) {
        return RecommendationRules.recommend(purchase, InclusivePotential.of(purchase, directory));
    }

    @Test
    void threeSiaeAbleToTakeTheWholeAmountLeadToAContractReservedUnderL2113_13() {
        Recommendation r = recommend(purchase(CLEANING, "120000", "T8"), many(3, InclusionType.EI, "90", "T8", "150000"));

        assertThat(r.kind()).isEqualTo(RecommendationKind.RESERVED_CONTRACT);
        assertThat(r.reservation()).isEqualTo(Reservation.L2113_13);
        assertThat(r.rule()).isEqualTo("R1");
        assertThat(r.reason()).contains("3 SIAE", "division CPV 90", "territoire T8", "120\u202f000,00 € HT",
                "au moins 3", "L2113-13");
    }

    @Test
    void threeEaOrEsatAbleToTakeItLeadToAContractReservedUnderL2113_12() {
        List<Supplier> directory = new ArrayList<>(many(2, InclusionType.EA, "90", "T8", "500000"));
        directory.add(supplier(InclusionType.ESAT, LegalForm.ASSOCIATION, "90", "T8", "120000"));

        Recommendation r = recommend(purchase(CLEANING, "120000", "T8"), directory);

        assertThat(r.kind()).isEqualTo(RecommendationKind.RESERVED_CONTRACT);
        assertThat(r.reservation()).isEqualTo(Reservation.L2113_12);
        assertThat(r.rule()).isEqualTo("R2");
    }

    @Test
    void socialServicesWithThreeEssSuppliersAbleToTakeThemLeadToAContractReservedUnderL2113_15() {
        List<Supplier> directory = List.of(
                supplier(null, LegalForm.SCIC, "85", "T6", "300000"),
                supplier(null, LegalForm.ASSOCIATION, "85", "T6", "300000"),
                supplier(null, LegalForm.SCOP, "85", "T6", "300000"));

        Recommendation r = recommend(purchase(SOCIAL_SERVICES, "200000", "T6"), directory);

        assertThat(r.kind()).isEqualTo(RecommendationKind.RESERVED_CONTRACT);
        assertThat(r.reservation()).isEqualTo(Reservation.L2113_15);
        assertThat(r.rule()).isEqualTo("R3");
    }

    @Test
    void threeEssSuppliersOutsideTheReservableServicesDoNotLeadToAnEssReservation() {
        List<Supplier> directory = many(3, null, "48", "T6", "300000");

        Recommendation r = recommend(purchase(SOFTWARE, "200000", "T6"), directory);

        assertThat(r.rule()).isEqualTo("R6");
        assertThat(r.kind()).isEqualTo(RecommendationKind.NONE);
    }

    @Test
    void twoSiaeOrSiaeTooSmallForTheWholeAmountLeadToAReservedLot() {
        Recommendation few = recommend(purchase(CLEANING, "120000", "T8"), many(2, InclusionType.ACI, "90", "T8",
                "150000"));
        Recommendation small = recommend(purchase(CLEANING, "120000", "T8"), many(5, InclusionType.ACI, "90", "T8",
                "119999.99"));
        Recommendation unknownCapacity = recommend(purchase(CLEANING, "120000", "T8"), many(4, InclusionType.ESAT,
                "90", "T8", null));

        assertThat(few.kind()).isEqualTo(RecommendationKind.RESERVED_LOT);
        assertThat(few.reservation()).isEqualTo(Reservation.L2113_13);
        assertThat(few.rule()).isEqualTo("R4");
        assertThat(small.kind()).isEqualTo(RecommendationKind.RESERVED_LOT);
        assertThat(unknownCapacity.kind()).isEqualTo(RecommendationKind.RESERVED_LOT);
        assertThat(unknownCapacity.reservation()).isEqualTo(Reservation.L2113_12);
        assertThat(few.reason()).contains("2 SIAE et 0 EA ou ESAT", "lot");
    }

    @Test
    void suppliersOfAnotherDivisionOrTerritoryDoNotCount() {
        List<Supplier> directory = new ArrayList<>(many(3, InclusionType.EI, "77", "T8", "900000"));
        directory.addAll(many(3, InclusionType.EI, "90", "T6", "900000"));
        PurchaseTerms inT8 = purchase(CLEANING, "120000", "T8");

        InclusivePotential potential = InclusivePotential.of(inT8, directory);

        assertThat(potential.count()).isZero();
        assertThat(RecommendationRules.recommend(inT8, potential).rule()).isEqualTo("R5");
        // over the whole département, the suppliers of division 90 in T6 count
        assertThat(recommend(purchase(CLEANING, "120000", null), directory).rule()).isEqualTo("R1");
    }

    @Test
    void aLabourIntensiveDivisionWithoutInclusiveSupplierGetsAnInsertionClauseFromTheThresholdOn() {
        Recommendation atThreshold = recommend(purchase("45210000-2", "90000", "T7"), List.of());
        Recommendation below = recommend(purchase("45210000-2", "89999.99", "T7"), List.of());

        assertThat(atThreshold.kind()).isEqualTo(RecommendationKind.INSERTION_CLAUSE);
        assertThat(atThreshold.reservation()).isEqualTo(Reservation.NONE);
        assertThat(atThreshold.rule()).isEqualTo("R5");
        assertThat(atThreshold.reason()).contains("clause sociale d'insertion", "90\u202f000,00 € HT");
        assertThat(below.kind()).isEqualTo(RecommendationKind.NONE);
        assertThat(below.rule()).isEqualTo("R6");
        assertThat(below.reason()).contains("sous le seuil");
    }

    @Test
    void otherPurchasesWithoutInclusiveSupplierGetNoRecommendationAndTheReasonSaysWhy() {
        Recommendation r = recommend(purchase(SOFTWARE, "500000", "T9"), List.of());

        assertThat(r.kind()).isEqualTo(RecommendationKind.NONE);
        assertThat(r.rule()).isEqualTo("R6");
        assertThat(r.reason()).contains("n'est pas de celles", "besoin de sourcing");
    }

    @Test
    void aFullReservationForSiaeWinsOverAnInsertionClauseOnALabourIntensiveDivision() {
        Recommendation r = recommend(purchase("77310000-6", "300000", "T9"), many(3, InclusionType.AI, "77", "T9",
                "300000"));

        assertThat(r.rule()).isEqualTo("R1");
    }
}
