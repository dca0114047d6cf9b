package fr.essor.roadmap.directory.web;

import fr.essor.kit.reference.Communes;
import fr.essor.roadmap.directory.domain.HubOccupancy;
import fr.essor.roadmap.directory.domain.OrganisationDealings;
import fr.essor.roadmap.directory.domain.Premises;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DealingsPageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Communes COMMUNES = Communes.fromClasspath();

    @Test
    void aHubSpaceAllocatedFromNextYearIsNotShownOccupiedYet() {
        DealingsPage page = page(List.of(), List.of(
                hub("ALLOC-1", LocalDate.of(2027, 1, 4), LocalDate.of(2029, 1, 3), null),
                hub("ALLOC-2", LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31), null),
                hub("ALLOC-3", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), LocalDate.of(2027, 6, 30)),
                hub("ALLOC-4", LocalDate.of(2024, 9, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 7, 15)),
                hub("ALLOC-5", LocalDate.of(2023, 9, 1), LocalDate.of(2025, 8, 31), null)));

        assertThat(page.hub()).extracting(DealingsPage.HubRow::status).containsExactly(
                "Attribué, occupé à partir du 04/01/2027",
                "Occupé",
                "Occupé, libération prévue le 30/06/2027",
                "Libéré le 15/07/2026",
                "Libéré le 31/08/2025");
    }

    @Test
    void aLeaseSignedForALaterStartIsToComeAndALeasePastItsTermIsOver() {
        DealingsPage page = page(List.of(
                lease("BAIL-1", LocalDate.of(2027, 3, 1), null, null),
                lease("BAIL-2", LocalDate.of(2026, 3, 1), LocalDate.of(2035, 2, 28), null),
                lease("BAIL-3", LocalDate.of(2025, 3, 1), null, LocalDate.of(2026, 10, 31)),
                lease("BAIL-4", LocalDate.of(2020, 3, 1), LocalDate.of(2026, 2, 28), null),
                lease("BAIL-5", LocalDate.of(2019, 3, 1), null, LocalDate.of(2027, 6, 30))), List.of());

        assertThat(page.premises()).extracting(DealingsPage.PremisesRow::status).containsExactly(
                "À venir, à partir du 01/03/2027",
                "En cours",
                "Terminé le 31/10/2026",
                "Terminé le 28/02/2026",
                "En cours, fin prévue le 30/06/2027");
    }

    private static DealingsPage page(List<Premises> premises, List<HubOccupancy> hub) {
        return DealingsPage.of(new OrganisationDealings(List.of(), List.of(), List.of(), List.of(), premises, hub), COMMUNES,
                TODAY);
    }

    private static HubOccupancy hub(String id, LocalDate since, LocalDate until, LocalDate vacatedOn) {
        return new HubOccupancy(id, 1, "84129031700012", "IRD-" + id, "Atelier", new BigDecimal("85.5"), since,
                until, vacatedOn);
    }

    private static Premises lease(String id, LocalDate start, LocalDate end, LocalDate endedOn) {
        return new Premises(id, 1, "84129031700012", new BigDecimal("180"), "93048", "T8", start, end, false,
                endedOn);
    }
}
