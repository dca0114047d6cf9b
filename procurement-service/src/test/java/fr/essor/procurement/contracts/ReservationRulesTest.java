package fr.essor.procurement.contracts;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.domain.Violation;
import fr.essor.procurement.contracts.domain.CpvCode;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.contracts.domain.PriorAward;
import fr.essor.procurement.contracts.domain.Reservation;
import fr.essor.procurement.contracts.domain.ReservationRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationRulesTest {

    static final CpvCode GREEN_SPACES = new CpvCode("77310000-6");
    static final CpvCode SOCIAL_SERVICES = new CpvCode("85320000-8");
    static final LocalDate NOTIFIED = LocalDate.of(2026, 4, 3);

    static Holder registered(InclusionType type, LegalForm form) {
        return new Holder("44306184100047", "Structure test", new BigDecimal("1000.00"), true, type, form, false);
    }

    static Optional<Violation> refusal(Reservation reservation, Holder holder) {
        return ReservationRules.refusal(reservation, holder, "holders[0].siret", GREEN_SPACES, NOTIFIED, List.of());
    }

    @ParameterizedTest
    @EnumSource(value = InclusionType.class, names = {"EA", "ESAT"})
    void adaptedCompaniesAndEsatMayHoldAContractReservedUnderL2113_12(InclusionType type) {
        assertThat(refusal(Reservation.L2113_12, registered(type, LegalForm.ASSOCIATION))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = InclusionType.class, names = {"ACI", "AI", "EI", "ETTI", "EITI"})
    void insertionStructuresMayNotHoldAContractReservedToDisabilityEmployers(InclusionType type) {
        Violation violation = refusal(Reservation.L2113_12, registered(type, LegalForm.ASSOCIATION)).orElseThrow();
        assertThat(violation.code()).isEqualTo("reservation.holder-not-eligible");
        assertThat(violation.field()).isEqualTo("holders[0].siret");
        assertThat(violation.message()).contains("L2113-12", "entreprises adaptées", "est de type " + type.name());
    }

    @ParameterizedTest
    @EnumSource(value = InclusionType.class, names = {"ACI", "AI", "EI", "ETTI", "EITI"})
    void everySiaeKindMayHoldAContractReservedUnderL2113_13(InclusionType type) {
        assertThat(refusal(Reservation.L2113_13, registered(type, LegalForm.ASSOCIATION))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = InclusionType.class, names = {"EA", "ESAT"})
    void disabilityEmployersMayNotHoldAContractReservedToInsertionStructures(InclusionType type) {
        Violation violation = refusal(Reservation.L2113_13, registered(type, LegalForm.ESS_COMPANY)).orElseThrow();
        assertThat(violation.code()).isEqualTo("reservation.holder-not-eligible");
        assertThat(violation.message()).contains("L2113-13", "structures d'insertion par l'activité économique");
    }

    @Test
    void anEssCompanyThatIsNoInclusiveEmployerMayHoldNeitherKindOfInclusiveReservation() {
        Holder scop = registered(null, LegalForm.SCOP);
        assertThat(refusal(Reservation.L2113_12, scop)).hasValueSatisfying(v ->
                assertThat(v.message()).contains("n'est ni une SIAE, ni une EA, ni un ESAT"));
        assertThat(refusal(Reservation.L2113_13, scop)).isPresent();
        assertThat(refusal(Reservation.L2113_15, scop)).isEmpty();
    }

    @Test
    void aCompanyOutsideTheRegistryMayHoldAnUnreservedContractButNoReservedOne() {
        Holder outsider = new Holder("55204599900869", "Entreprise classique", new BigDecimal("5000.00"), false,
                null, null, false);
        assertThat(refusal(Reservation.NONE, outsider)).isEmpty();
        for (Reservation reserved : List.of(Reservation.L2113_12, Reservation.L2113_13, Reservation.L2113_15)) {
            assertThat(refusal(reserved, outsider)).hasValueSatisfying(v -> {
                assertThat(v.code()).isEqualTo("reservation.holder-unregistered");
                assertThat(v.message()).contains("55204599900869", reserved.code());
            });
        }
    }

    @Test
    void anEssCompanyAwardedTheSameServicesUnderL2113_15LessThanThreeYearsAgoIsRefused() {
        Holder cooperative = registered(null, LegalForm.SCIC);
        PriorAward twoYearsAgo = new PriorAward("2024-0042", new CpvCode("85312000-9"), NOTIFIED.minusYears(2));

        Optional<Violation> refusal = ReservationRules.refusal(Reservation.L2113_15, cooperative, "holders[0].siret",
                SOCIAL_SERVICES, NOTIFIED, List.of(twoYearsAgo));

        assertThat(refusal).hasValueSatisfying(v -> {
            assertThat(v.code()).isEqualTo("reservation.recent-award");
            assertThat(v.message()).contains("2024-0042", "03/04/2024", "trois ans");
        });
    }

    @Test
    void anL2113_15AwardOlderThanThreeYearsOrForOtherServicesDoesNotPreventANewOne() {
        Holder cooperative = registered(null, LegalForm.SCIC);
        List<PriorAward> prior = List.of(
                new PriorAward("2022-0001", new CpvCode("85312000-9"), NOTIFIED.minusYears(3)),
                new PriorAward("2025-0001", new CpvCode("92500000-6"), NOTIFIED.minusMonths(6)));

        assertThat(ReservationRules.refusal(Reservation.L2113_15, cooperative, "holders[0].siret", SOCIAL_SERVICES,
                NOTIFIED, prior)).isEmpty();
    }

    @Test
    void onlySocialHealthAndCulturalServicesOfTheAnnexMayBeReservedToEssCompanies() {
        assertThat(new CpvCode("85320000-8").isReservableToEssCompanies()).isTrue();
        assertThat(new CpvCode("85323000").isReservableToEssCompanies()).isTrue();
        assertThat(new CpvCode("80110000-8").isReservableToEssCompanies()).isTrue();
        assertThat(new CpvCode("92500000-6").isReservableToEssCompanies()).isTrue();
        assertThat(new CpvCode("85400000").isReservableToEssCompanies()).isFalse();
        assertThat(GREEN_SPACES.isReservableToEssCompanies()).isFalse();
        assertThat(new CpvCode("80200000").isReservableToEssCompanies()).isFalse();
    }
}
