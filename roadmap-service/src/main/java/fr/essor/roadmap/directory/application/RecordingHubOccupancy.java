package fr.essor.roadmap.directory.application;

import fr.essor.roadmap.directory.domain.Dealing;
import fr.essor.roadmap.directory.domain.HubOccupancy;
import fr.essor.roadmap.directory.domain.HubVacancy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code essor.foncier.hub}: the hub spaces an organisation occupies or occupied, per allocation. */
public class RecordingHubOccupancy extends RecordingDealings<RecordingHubOccupancy.SpaceFact> {

    static final String ALLOCATED = "fr.essor.foncier.hub-space-allocated.v1";
    static final String VACATED = "fr.essor.foncier.hub-space-vacated.v1";

    /** The directory's tolerant reading of {@code hub-space-allocated.v1} and {@code hub-space-vacated.v1}. */
    public record SpaceFact(String spaceId, long version, String allocationId, String organisationId,
                            String spaceName, BigDecimal surface, LocalDate startDate, LocalDate endDate,
                            LocalDate vacatedOn) {
    }

    public RecordingHubOccupancy(Dealings dealings) {
        super(dealings);
    }

    @Override
    protected Dealing dealingOf(String type, SpaceFact s) {
        return switch (type) {
            case ALLOCATED -> new HubOccupancy(s.allocationId(), s.version(), s.organisationId(), s.spaceId(),
                    s.spaceName(), s.surface(), s.startDate(), s.endDate(), null);
            case VACATED -> new HubVacancy(s.allocationId(), s.version(), s.organisationId(), s.spaceId(),
                    s.surface(), s.vacatedOn());
            default -> null;
        };
    }
}
