package fr.essor.foncier.intermediation.application;

import fr.essor.foncier.intermediation.domain.Intermediation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The signed leases that end within six months: the cell reviews their renewal with the organisation and owner. */
public class RenewalReviews {

    public static final int MONTHS_AHEAD = 6;

    private final Intermediations intermediations;
    private final Clock clock;

    public RenewalReviews(Intermediations intermediations, Clock clock) {
        this.intermediations = intermediations;
        this.clock = clock;
    }

    public List<Intermediation> due() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        LocalDate horizon = today.plusMonths(MONTHS_AHEAD);
        return intermediations.leasesEndingBetween(today, horizon).stream()
                .filter(i -> i.lease().endsBetween(today, horizon)).toList();
    }
}
