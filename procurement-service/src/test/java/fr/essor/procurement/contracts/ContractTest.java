package fr.essor.procurement.contracts;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;
import fr.essor.procurement.contracts.domain.AwardForm;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractForm;
import fr.essor.procurement.contracts.domain.ContractStatus;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.contracts.domain.HolderLine;
import fr.essor.procurement.contracts.domain.ModificationForm;
import fr.essor.procurement.contracts.domain.SocialConsideration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContractTest {

    static final Communes COMMUNES = Communes.fromClasspath();
    static final Instant NOW = Instant.parse("2026-04-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    static ContractForm form(String reservation, String cpv, int months, List<String> social, Integer hours) {
        return new ContractForm("2026-0117", 2, "Entretien des espaces verts des collèges", "OPEN_TENDER", cpv,
                new BigDecimal("190000"), months, LocalDate.of(2026, 5, 1), "DBL", "93066", reservation, social,
                List.of("ENVIRONMENTAL_CLAUSE"), hours, "SUPPLIES_AND_SERVICES", "UNIT", false);
    }

    static Contract open(String reservation) {
        ContractForm.Checked checked = form(reservation, "77310000-6", 36, List.of("SOCIAL_CLAUSE"), 2400)
                .check(COMMUNES);
        assertThat(checked).isInstanceOf(ContractForm.Valid.class);
        return Contract.open(((ContractForm.Valid) checked).terms(), "achats", NOW);
    }

    static AwardForm.Valid award(String siret, String amount) {
        return (AwardForm.Valid) new AwardForm(List.of(new HolderLine(siret, null, new BigDecimal(amount))),
                LocalDate.of(2026, 4, 3), 3, null, false).check(TODAY);
    }

    static Holder holder(InclusionType type) {
        return new Holder("44306184100047", "Espaces verts solidaires 93", new BigDecimal("184500.00"), true, type,
                LegalForm.ASSOCIATION, true);
    }

    @Test
    void anAwardStatesAPlausibleNumberOfOffers() {
        AwardForm.Checked tooMany = new AwardForm(List.of(new HolderLine("44306184100047", null,
                new BigDecimal("1000"))), LocalDate.of(2026, 4, 3), AwardForm.MAX_OFFERS + 1, null, false)
                .check(TODAY);

        assertThat(tooMany).isInstanceOfSatisfying(AwardForm.Invalid.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::code).containsExactly("offersReceived.range"));
    }

    static List<String> codes(ContractForm.Checked checked) {
        return ((ContractForm.Invalid) checked).violations().stream().map(Violation::code).toList();
    }

    @Test
    void theStartOfExecutionLiesInTheDatesWindow() {
        ContractForm centuriesAhead = new ContractForm("2026-0117", 2, "Entretien des espaces verts", "OPEN_TENDER",
                "77310000-6", new BigDecimal("190000"), 36, LocalDate.of(2999, 1, 1), "DBL", "93066", null,
                List.of(), List.of(), null, "SUPPLIES_AND_SERVICES", "UNIT", false);

        assertThat(codes(centuriesAhead.check(COMMUNES))).containsExactly("startOn.date-range");
    }

    @Test
    void aLotGetsItsReferenceAndLotNumberAsIdAndAReservedOneCountsAsAReservedContract() {
        Contract contract = open("L2113-13");

        assertThat(contract.id()).isEqualTo("2026-0117-L2");
        assertThat(contract.status()).isEqualTo(ContractStatus.OPEN);
        assertThat(contract.terms().territoryCode()).isEqualTo("T6");
        assertThat(contract.terms().socialConsiderations())
                .containsExactlyInAnyOrder(SocialConsideration.SOCIAL_CLAUSE, SocialConsideration.RESERVED_CONTRACT);
        assertThat(contract.createdBy()).isEqualTo("achats");
        assertThat(contract.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aContractReservedUnderL2113_13AwardedToAnEsatIsRefusedWithTheReasonAndStaysOpen() {
        Contract contract = open("L2113-13");

        Contract.AwardOutcome outcome = contract.award(award("44306184100047", "184500"),
                List.of(holder(InclusionType.ESAT)), List.of(List.of()), "achats", NOW);

        assertThat(outcome).isInstanceOfSatisfying(Contract.AwardRefused.class, refused ->
                assertThat(refused.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("holders[0].siret");
                    assertThat(v.message()).contains("ESAT", "L2113-13");
                }));
        assertThat(contract.status()).isEqualTo(ContractStatus.OPEN);
    }

    @Test
    void awardingToAQualifyingHolderRecordsWhoWhenHowMuchAndCannotBeDoneTwice() {
        Contract contract = open("L2113-13");

        Contract.AwardOutcome outcome = contract.award(award("44306184100047", "184500"),
                List.of(holder(InclusionType.EI)), List.of(List.of()), "acheteur", NOW);

        Contract awarded = ((Contract.Awarded) outcome).contract();
        assertThat(awarded.status()).isEqualTo(ContractStatus.AWARDED);
        assertThat(awarded.version()).isEqualTo(2);
        assertThat(awarded.award().amount()).isEqualByComparingTo("184500");
        assertThat(awarded.award().awardedBy()).isEqualTo("acheteur");
        assertThat(awarded.award().publishedOn()).isEqualTo(TODAY);
        assertThat(awarded.currentAmount()).isEqualByComparingTo("184500");
        assertThat(awarded.award(award("44306184100047", "1"), List.of(holder(InclusionType.EI)),
                List.of(List.of()), "acheteur", NOW)).isInstanceOf(Contract.NotOpen.class);
    }

    @Test
    void aModificationChangesTheCurrentAmountAndDurationOnlyOnceAwarded() {
        Contract contract = open("NONE");
        ModificationForm avenant = new ModificationForm(LocalDate.of(2026, 4, 8), 42, new BigDecimal("201000.5"),
                "Ajout de deux collèges");
        assertThat(contract.modify(avenant, "achats", NOW)).isInstanceOf(Contract.NotAwarded.class);

        Contract awarded = ((Contract.Awarded) contract.award(award("44306184100047", "184500"),
                List.of(holder(null)), List.of(List.of()), "achats", NOW)).contract();
        Contract modified = ((Contract.Modified) awarded.modify(avenant, "dbl", NOW)).contract();

        assertThat(modified.currentAmount()).isEqualByComparingTo("201000.50");
        assertThat(modified.currentDurationMonths()).isEqualTo(42);
        assertThat(modified.modifications()).singleElement().satisfies(m -> {
            assertThat(m.number()).isEqualTo(1);
            assertThat(m.recordedBy()).isEqualTo("dbl");
        });
        ModificationForm beforeAward = new ModificationForm(LocalDate.of(2026, 4, 1), 40, null, "Trop tôt");
        assertThat(modified.modify(beforeAward, "dbl", NOW)).isInstanceOf(Contract.ModificationRefused.class);
    }

    @Test
    void aContractReservedToEssCompaniesMustBuySocialServicesForThreeYearsAtMost() {
        List<String> codes = codes(form("L2113-15", "77310000-6", 48, List.of(), null).check(COMMUNES));

        assertThat(codes).containsExactlyInAnyOrder("reservation.services", "reservation.duration");
        assertThat(form("L2113-15", "85320000-8", 36, List.of(), null).check(COMMUNES))
                .isInstanceOf(ContractForm.Valid.class);
    }

    @Test
    void anInsertionClausePlansHoursAndHoursNeedAClause() {
        assertThat(codes(form("NONE", "77310000-6", 12, List.of("SOCIAL_CLAUSE"), 0).check(COMMUNES)))
                .containsExactly("insertionHoursPlanned.required");
        assertThat(codes(form("NONE", "77310000-6", 12, List.of("SOCIAL_CRITERION"), 300).check(COMMUNES)))
                .containsExactly("insertionHoursPlanned.withoutClause");
        assertThat(codes(form("NONE", "77310000-6", 12, List.of("RESERVED_CONTRACT"), null).check(COMMUNES)))
                .containsExactly("reservation.required");
    }

    @Test
    void aMalformedCpvCodeAndAnUnknownReservationAreReportedTogether() {
        assertThat(codes(form("L2113-99", "7731000", 12, List.of(), null).check(COMMUNES)))
                .containsExactlyInAnyOrder("reservation.unknown", "cpvCode.format");
        assertThat(form("NONE", "77310000", 12, List.of(), null).check(COMMUNES))
                .isInstanceOf(ContractForm.Valid.class);
    }
}
