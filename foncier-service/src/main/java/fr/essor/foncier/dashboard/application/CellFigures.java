package fr.essor.foncier.dashboard.application;

import fr.essor.kit.reference.Territories;
import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.Stage;
import fr.essor.foncier.intermediation.domain.Step;
import fr.essor.foncier.premises.domain.NeedStatus;
import fr.essor.foncier.premises.domain.PremisesNeed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The intermediation cell's figures for a year: needs by status and EPT (today), matches proposed, leases signed and
 * ended, and the m² housed by the leases signed in the year. Pure: the same needs and intermediations give the same
 * figures.
 *
 * @param needsByStatus per status, the number of needs per EPT code, under {@link #ANY_TERRITORY} those naming no EPT,
 *                      and under {@link #TOTAL} every need once (a need concerning two EPTs counts in both)
 */
public record CellFigures(int year, Map<NeedStatus, Map<String, Integer>> needsByStatus, int matchesProposed,
                          int leasesSigned, int leasesEnded, int leasesInEffect, long squareMetresHoused) {

    public static final List<String> TERRITORIES = Territories.codes();
    public static final String ANY_TERRITORY = "ANY";
    public static final String TOTAL = "TOTAL";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public static CellFigures of(int year, List<PremisesNeed> needs, List<Intermediation> intermediations) {
        Map<NeedStatus, Map<String, Integer>> byStatus = new LinkedHashMap<>();
        for (NeedStatus status : NeedStatus.values()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            TERRITORIES.forEach(t -> counts.put(t, 0));
            counts.put(ANY_TERRITORY, 0);
            counts.put(TOTAL, 0);
            byStatus.put(status, counts);
        }
        for (PremisesNeed need : needs) {
            Map<String, Integer> counts = byStatus.get(need.status());
            Set<String> concerned = need.details().concernedTerritoryCodes();
            if (concerned.isEmpty()) {
                counts.merge(ANY_TERRITORY, 1, Integer::sum);
            }
            concerned.stream().filter(counts::containsKey).forEach(t -> counts.merge(t, 1, Integer::sum));
            counts.merge(TOTAL, 1, Integer::sum);
        }
        int proposed = 0;
        int signed = 0;
        int ended = 0;
        int inEffect = 0;
        long housed = 0;
        for (Intermediation i : intermediations) {
            if (yearOf(i.proposedAt()) == year) {
                proposed++;
            }
            Optional<Step> signing = i.history().stream().filter(s -> s.stage() == Stage.LEASE_SIGNED).findFirst();
            if (signing.isPresent() && yearOf(signing.get().at()) == year) {
                signed++;
                housed += i.lease().surface();
            }
            if (i.lease() != null && i.lease().ending() != null && i.lease().ending().endedOn().getYear() == year) {
                ended++;
            }
            if (i.stage() == Stage.LEASE_SIGNED) {
                inEffect++;
            }
        }
        return new CellFigures(year, byStatus, proposed, signed, ended, inEffect, housed);
    }

    public static List<NeedStatus> statuses() {
        return Arrays.asList(NeedStatus.values());
    }

    private static int yearOf(Instant instant) {
        return instant.atZone(PARIS).getYear();
    }
}
