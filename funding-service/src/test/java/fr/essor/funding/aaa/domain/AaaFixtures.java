package fr.essor.funding.aaa.domain;

import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Territory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Calls, applications and agents for the domain's unit tests. */
final class AaaFixtures {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final Commune SAINT_DENIS = new Commune("93066", "Saint-Denis", new Territory("T6", "Plaine Commune"));
    static final Commune MONTREUIL = new Commune("93048", "Montreuil", new Territory("T8", "Est Ensemble"));
    static final Agent PILOT = new Agent("dmta", Set.of(Directorate.DMTA), true, null);
    static final Agent DJVA = new Agent("djva", Set.of(Directorate.DJVA), false, null);
    static final Agent DTER = new Agent("dter", Set.of(Directorate.DTER), false, null);
    static final Agent EPT_PLAINE_COMMUNE = new Agent("ept-plaine-commune", Set.of(), false, "T6");
    static final Agent EPT_EST_ENSEMBLE = new Agent("ept-est-ensemble", Set.of(), false, "T8");

    private AaaFixtures() {
    }

    static ScoringGrid grid() {
        return new ScoringGrid(List.of(new Criterion("utilite-sociale", "Utilité sociale", 3),
                new Criterion("ancrage", "Ancrage territorial", 2), new Criterion("viabilite", "Viabilité", 1)));
    }

    static CallDefinition definition(int year) {
        return new CallDefinition(year, "Appel à Agir " + year, List.of("Alimentation", "Réemploi"),
                new BigDecimal("800000.00"), new BigDecimal("200000"), LocalDate.of(year, 1, 15),
                LocalDate.of(year, 4, 15), true, grid(), Map.of("T7", 25));
    }

    static Call call() {
        return ((Call.Defined) Call.define(definition(2026), "dmta", NOW)).call();
    }

    static ApplicationDetails details() {
        return new ApplicationDetails("84129031700012", "Recyclerie", "Atelier vélo", "Réparer des vélos",
                "Réemploi", new RequestedAmounts(new BigDecimal("10000"), new BigDecimal("5000"),
                new BigDecimal("8000"), BigDecimal.ZERO), 2, List.of(SAINT_DENIS, MONTREUIL), true,
                new BigDecimal("60000"), true);
    }

    /** An application in any state, instructed by the DJVA; one waiting for a correction goes back to instruction. */
    static Application inState(ApplicationStatus status) {
        return new Application("AAA-2026-0001", "AAA-2026", 2026, details(), Channel.AGENT, null, status,
                status == ApplicationStatus.CORRECTION_REQUESTED ? ApplicationStatus.UNDER_REVIEW : null,
                EnumSet.of(Directorate.DJVA), List.of(), List.of(), List.of(), null, List.of(), List.of(), 3, NOW, "dmta", NOW,
                "dmta");
    }

    /** What each step needs to be valid: a reason, and for a vote its amount, reference and date. */
    static TransitionRequest completeRequest() {
        return new TransitionRequest("Projet solide", new BigDecimal("15000"), "CD-2026-05-12-0087",
                LocalDate.of(2026, 5, 12));
    }
}
