package fr.essor.funding.decisions.domain;

import fr.essor.funding.aaa.domain.Agent;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationDetails;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Channel;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.aaa.domain.RequestedAmounts;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Territory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Applications, agents and sessions for the voting session's unit tests. */
public final class SessionFixtures {

    public static final Instant NOW = Instant.parse("2026-05-12T14:00:00Z");
    public static final Agent PILOT = new Agent("dmta", Set.of(Directorate.DMTA), true, null);
    public static final Agent DJVA = new Agent("djva", Set.of(Directorate.DJVA), false, null);
    public static final List<String> EPTS = List.of("T6", "T7", "T8", "T9");
    static final Commune SAINT_DENIS = new Commune("93066", "Saint-Denis", new Territory("T6", "Plaine Commune"));
    static final Commune MONTREUIL = new Commune("93048", "Montreuil", new Territory("T8", "Est Ensemble"));
    static final Commune BONDY = new Commune("93010", "Bondy", new Territory("T8", "Est Ensemble"));

    private SessionFixtures() {
    }

    /** An application of the 2026 call acting in these communes, asking 12 000 then 8 000 €. */
    public static Application application(String id, ApplicationStatus status, Commune... communes) {
        ApplicationDetails details = new ApplicationDetails("84129031700012", "Recyclerie " + id, "Projet " + id,
                "Résumé", "Réemploi", new RequestedAmounts(new BigDecimal("10000"), new BigDecimal("2000"),
                new BigDecimal("8000"), BigDecimal.ZERO), 2, List.of(communes), true, new BigDecimal("52000"),
                false);
        return new Application(id, "AAA-2026", 2026, details, Channel.AGENT, null, status, null,
                Set.of(Directorate.DJVA), List.of(), List.of(), List.of(), null, List.of(), List.of(), 7, NOW, "dmta", NOW,
                "dmta");
    }

    /** A paper file of the 2026 call proposed for the vote, typed in on 12/05/2026, received on {@code stamped}. */
    public static Application receivedOn(String id, LocalDate stamped) {
        Application a = proposed(id);
        return new Application(a.id(), a.callId(), a.callYear(), a.details(), a.channel(), null, a.status(), null,
                a.directorates(), List.of(), List.of(), List.of(), null, List.of(), List.of(), a.version(),
                a.submittedAt(), a.submittedBy(), stamped, a.updatedAt(), a.updatedBy());
    }

    public static Application proposed(String id) {
        return application(id, ApplicationStatus.PROPOSED_FOR_VOTE, SAINT_DENIS, MONTREUIL);
    }

    static VotingSession open() {
        return ((SessionOutcome.Changed) VotingSession.open(year -> "SEANCE-2026-01", 2026, LocalDate.of(2026, 5, 12),
                "CD-2026-05-12-0087", PILOT, NOW)).session();
    }

    static VotingSession changed(SessionOutcome outcome) {
        return ((SessionOutcome.Changed) outcome).session();
    }
}
