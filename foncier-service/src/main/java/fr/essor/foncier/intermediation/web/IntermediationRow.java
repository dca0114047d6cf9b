package fr.essor.foncier.intermediation.web;

import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.LeaseEnding;
import fr.essor.foncier.intermediation.domain.Participant;
import fr.essor.foncier.intermediation.domain.Partner;
import fr.essor.foncier.intermediation.domain.Step;
import fr.essor.foncier.intermediation.domain.Visit;
import fr.essor.kit.ui.FrenchFormat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An intermediation as the pages show it, in French: dates dd/MM/yyyy, amounts 12 345,67 €. */
record IntermediationRow(String id, String stage, String stageCode, boolean ongoing, String needId,
                         String organisation, String offerId, String premises, int score, String partners,
                         List<VisitRow> visits, LeaseRow lease, String closure, List<StepRow> history,
                         Set<String> allowed, long version) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    record VisitRow(String date, String participants, String feedback, String recordedBy) {
    }

    record LeaseRow(String id, String start, String end, String surface, String annualRent, String kind,
                    String renewals, String ending) {
    }

    record StepRow(String when, String action, String stage, String note, String by) {
    }

    static IntermediationRow of(Intermediation i) {
        var p = i.premises();
        return new IntermediationRow(i.id(), i.stage().label(), i.stage().name(), !i.stage().isFinal(), p.needId(),
                p.organisationName() + " (" + p.organisationId() + ")", p.offerId(),
                p.address() + ", " + p.communeName() + " — " + p.offerSurface() + " m²"
                        + (p.temporary() ? " (occupation temporaire)" : ""), i.score(),
                i.partners().isEmpty() ? "Aucun partenaire désigné" : i.partners().stream().sorted()
                        .map(Partner::label).collect(Collectors.joining(", ")),
                i.visits().stream().map(IntermediationRow::visit).toList(),
                i.lease() == null ? null : new LeaseRow(i.lease().id(), FrenchFormat.date(i.lease().startDate()),
                        i.lease().endDate() == null ? "sans date de fin" : FrenchFormat.date(i.lease().endDate()),
                        i.lease().surface() + " m²", FrenchFormat.euros(i.lease().annualRent()) + " par an",
                        i.lease().temporaryOccupation() ? "Convention d'occupation temporaire" : "Bail",
                        i.lease().renewals() == 0 ? "" : "Renouvelé " + i.lease().renewals() + " fois",
                        ending(i.lease().ending())),
                i.closure() == null ? null : i.closure().reason().label()
                        + (i.closure().note() == null ? "" : " — " + i.closure().note()),
                i.history().reversed().stream().map(IntermediationRow::step).toList(), i.allowedSteps(),
                i.version());
    }

    private static String ending(LeaseEnding e) {
        return e == null ? null : (e.atTerm() ? "Arrivé à échéance le " : "Terminé par anticipation le ")
                + FrenchFormat.date(e.endedOn()) + " — " + e.reason().label() + (e.note() == null ? "" : " : "
                + e.note()) + " (noté par " + e.by() + " le " + FrenchFormat.dateTime(e.at()) + ")";
    }

    private static VisitRow visit(Visit v) {
        return new VisitRow(FrenchFormat.date(v.date()), v.participants().stream().sorted()
                .map(Participant::label).collect(Collectors.joining(", ")),
                v.feedback() == null ? "" : v.feedback(), v.recordedBy());
    }

    private static StepRow step(Step s) {
        return new StepRow(WHEN.format(s.at()), s.action(), s.stage().label(), s.note() == null ? "" : s.note(),
                s.by());
    }
}
