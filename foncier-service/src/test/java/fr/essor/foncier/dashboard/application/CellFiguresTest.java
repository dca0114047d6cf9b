package fr.essor.foncier.dashboard.application;

import fr.essor.foncier.intermediation.domain.ClosureReason;
import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.LeaseEndReason;
import fr.essor.foncier.intermediation.domain.Participant;
import fr.essor.foncier.intermediation.domain.Premises;
import fr.essor.foncier.premises.domain.Assessment;
import fr.essor.foncier.premises.domain.NeedStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CellFiguresTest {

    private static final Instant IN_2026 = Instant.parse("2026-03-04T09:00:00Z");
    private static final Instant IN_2025 = Instant.parse("2025-11-04T09:00:00Z");

    @Test
    void countsTheYearsMatchesLeasesSignedAndEndedAndTheSquareMetresHousedByTheLeasesSignedThatYear() {
        List<Intermediation> all = List.of(
                signed("MER-2026-0001", 150, IN_2026),
                ended(signed("MER-2026-0002", 80, IN_2026), LocalDate.of(2026, 11, 30)),
                ended(signed("MER-2025-0001", 300, IN_2025), LocalDate.of(2026, 1, 31)),
                closed("MER-2026-0003", IN_2026));

        CellFigures figures = CellFigures.of(2026, List.of(), all);

        assertThat(figures.matchesProposed()).isEqualTo(3);
        assertThat(figures.leasesSigned()).isEqualTo(2);
        assertThat(figures.squareMetresHoused()).isEqualTo(230);
        assertThat(figures.leasesEnded()).isEqualTo(2);
        assertThat(figures.leasesInEffect()).isEqualTo(1);
        assertThat(CellFigures.of(2025, List.of(), all).leasesSigned()).isEqualTo(1);
        assertThat(CellFigures.of(2025, List.of(), all).squareMetresHoused()).isEqualTo(300);
        assertThat(figures.needsByStatus().get(NeedStatus.OPEN)).containsEntry(CellFigures.TOTAL, 0);
    }

    private static Intermediation signed(String id, int surface, Instant at) {
        Premises premises = new Premises("BESOIN-" + id, "W931004567", "Réemploi", "OFFRE-" + id, "1 rue",
                "93048", "Montreuil", "T8", surface, false);
        Intermediation i = moved(Intermediation.propose(id, premises, new Assessment.Proposable(80, List.of()),
                Set.of(), null, "sens", at));
        i = moved(i.recordContact(null, "sens", at));
        i = moved(i.recordVisit(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).minusDays(1),
                Set.of(Participant.OWNER), null, "sens", at));
        i = moved(i.startNegotiation(null, "sens", at));
        return moved(i.signLease(() -> "BAIL-" + id, LocalDate.of(2025, 1, 1), null, surface, BigDecimal.TEN,
                "sens", at));
    }

    private static Intermediation ended(Intermediation signed, LocalDate on) {
        return moved(signed.endLease(on, LeaseEndReason.ORGANISATION_LEFT, null, "sens", IN_2026));
    }

    private static Intermediation closed(String id, Instant at) {
        Premises premises = new Premises("BESOIN-" + id, "W931004567", "Réemploi", "OFFRE-" + id, "1 rue",
                "93048", "Montreuil", "T8", 100, false);
        Intermediation i = moved(Intermediation.propose(id, premises, new Assessment.Proposable(80, List.of()),
                Set.of(), null, "sens", at));
        return moved(i.close(ClosureReason.RENT_TOO_HIGH, null, "sens", at));
    }

    private static Intermediation moved(Intermediation.Outcome outcome) {
        return ((Intermediation.Moved) outcome).intermediation();
    }
}
