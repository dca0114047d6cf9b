package fr.essor.funding.decisions.web;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.decisions.domain.AgendaItem;
import fr.essor.funding.decisions.domain.VotingSession;
import fr.essor.kit.ui.FrenchFormat;

import java.util.List;

/** What the voting session pages show, already formatted for French readers. */
record SessionPage(String id, int callYear, String sittingOn, String deliberationReference, boolean closed,
                   String status, String totalGranted, List<Line> agenda, List<Candidate> candidates) {

    /** One application on the agenda and its vote. */
    record Line(String applicationId, String organisationName, String projectTitle, String territories,
                String amountRequested, String vote, String amountInput, String justification, boolean granted,
                boolean refused) {
    }

    /** An application proposed for the vote that may be put on the agenda. */
    record Candidate(String id, String label) {
    }

    static SessionPage of(VotingSession s, List<Application> candidates) {
        return new SessionPage(s.id(), s.callYear(), FrenchFormat.date(s.sittingOn()), s.deliberationReference(),
                s.closed(), s.closed() ? "Close" : "Ouverte", FrenchFormat.euros(s.totalGranted()),
                s.agenda().stream().map(SessionPage::line).toList(),
                candidates.stream().map(a -> new Candidate(a.id(), a.id() + " — " + a.details().organisationName()
                        + " — " + a.details().title())).toList());
    }

    private static Line line(AgendaItem i) {
        String vote = i.voted().map(v -> v.granted() ? "Accordée : " + FrenchFormat.euros(v.amount())
                : "Refusée").orElse("Vote à enregistrer");
        return new Line(i.applicationId(), i.organisationName(), i.projectTitle(), String.join(", ",
                i.territoryCodes()), FrenchFormat.euros(i.amountRequested()), vote,
                i.voted().filter(v -> v.granted()).map(v -> v.amount().toPlainString().replace('.', ','))
                        .orElse(""),
                i.voted().map(v -> v.justification()).orElse(""), i.granted(),
                i.voted().filter(v -> !v.granted()).isPresent());
    }
}
