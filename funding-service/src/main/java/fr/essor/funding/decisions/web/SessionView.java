package fr.essor.funding.decisions.web;

import fr.essor.funding.decisions.domain.AgendaItem;
import fr.essor.funding.decisions.domain.VotingSession;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A voting session as the API shows it. */
record SessionView(String id, int callYear, LocalDate sittingOn, String deliberationReference, boolean closed,
                   List<ItemView> agenda, BigDecimal totalGranted, long version, Instant createdAt, String createdBy,
                   Instant updatedAt, String updatedBy) {

    record ItemView(String applicationId, String organisationId, String organisationName, String projectTitle,
                    BigDecimal amountRequested, String territoryCode, List<String> territoryCodes, boolean qpv,
                    String outcome, BigDecimal amountGranted, String justification, String votedBy) {
    }

    static SessionView of(VotingSession s) {
        return new SessionView(s.id(), s.callYear(), s.sittingOn(), s.deliberationReference(), s.closed(),
                s.agenda().stream().map(SessionView::item).toList(), s.totalGranted(), s.version(), s.createdAt(),
                s.createdBy(), s.updatedAt(), s.updatedBy());
    }

    private static ItemView item(AgendaItem i) {
        return new ItemView(i.applicationId(), i.organisationId(), i.organisationName(), i.projectTitle(),
                i.amountRequested(), i.territoryCode(), i.territoryCodes(), i.qpv(),
                i.voted().map(v -> v.granted() ? "GRANTED" : "REFUSED").orElse(null),
                i.voted().map(v -> v.amount()).orElse(null), i.voted().map(v -> v.justification()).orElse(null),
                i.voted().map(v -> v.recordedBy()).orElse(null));
    }
}
