package fr.essor.funding.portal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.HistoryEntry;
import fr.essor.funding.aaa.domain.InformationAnswer;

/**
 * An application as its organisation reads it: the status and the dated steps in plain French, never the agents'
 * names, internal notes, reviews or scores. What the Département asks the organisation (a correction) is addressed to
 * it and shown.
 */
public record FileForApplicant(String id, int callYear, String title, String status, String statusExplained,
                               List<Step> steps, String openRequest, boolean awaitingAnswer) {

    /**
     * One dated step of the file; {@code message} is the Département's request, or the organisation's own answer
     * ({@code fromApplicant}) with the names of the documents it points to.
     */
    public record Step(Instant at, String what, String message, boolean fromApplicant, List<String> documents) {
    }

    public static FileForApplicant of(Application application) {
        List<Step> steps = new ArrayList<>();
        for (HistoryEntry entry : application.history()) {
            if ("INFORMATION_PROVIDED".equals(entry.what())) {
                application.answers().stream().filter(a -> a.at().equals(entry.at())).findFirst().ifPresent(a ->
                        steps.add(new Step(a.at(), "Votre réponse", a.text(), true, a.attachments().stream()
                                .map(InformationAnswer.Attachment::fileName).toList())));
                continue;
            }
            if (entry.to() == null || (entry.from() == entry.to() && !"SUBMITTED".equals(entry.what()))) {
                continue;
            }
            String message = entry.to() == ApplicationStatus.CORRECTION_REQUESTED ? entry.note() : null;
            steps.add(new Step(entry.at(), label(entry.to()), message, false, List.of()));
        }
        Optional<HistoryEntry> request = application.openRequest();
        boolean awaiting = request.isPresent() && application.answerTo(request.get()).isEmpty();
        return new FileForApplicant(application.id(), application.callYear(), application.details().title(),
                label(application.status()), awaiting ? explained(application.status())
                : request.isPresent() ? "Votre réponse est transmise : le Département l'examine."
                : explained(application.status()), List.copyOf(steps),
                request.map(HistoryEntry::note).orElse(null), awaiting);
    }

    /** The status in the applicant's words. */
    public static String label(ApplicationStatus status) {
        return switch (status) {
            case SUBMITTED -> "Déposée";
            case ADMISSIBLE -> "Recevable";
            case INADMISSIBLE -> "Non recevable";
            case UNDER_REVIEW -> "En cours d'examen";
            case CORRECTION_REQUESTED -> "Complément demandé";
            case TERRITORY_OPINION_REQUESTED -> "En cours d'examen, avis de l'établissement public territorial demandé";
            case PROPOSED_FOR_VOTE -> "Proposée au vote de l'assemblée départementale";
            case GRANTED -> "Subvention votée";
            case REFUSED -> "Non retenue au vote";
            case AGREEMENT_SIGNED -> "Convention signée";
            case IN_PAYMENT -> "En paiement";
            case SETTLED -> "Soldée";
        };
    }

    private static String explained(ApplicationStatus status) {
        return switch (status) {
            case SUBMITTED -> "Le Département a reçu votre candidature ; il vérifie qu'elle est complète.";
            case ADMISSIBLE, UNDER_REVIEW, TERRITORY_OPINION_REQUESTED ->
                    "Votre candidature est examinée par les directions du Département.";
            case CORRECTION_REQUESTED -> "Le Département vous demande un complément : voyez sa demande ci-dessous.";
            case INADMISSIBLE -> "Votre candidature ne remplit pas les conditions de l'appel.";
            case PROPOSED_FOR_VOTE -> "Votre candidature sera soumise au vote des élus.";
            case GRANTED -> "Les élus ont voté une subvention : la convention va vous être proposée.";
            case REFUSED -> "Les élus n'ont pas retenu votre candidature.";
            case AGREEMENT_SIGNED -> "La convention est signée : les versements suivent l'échéancier.";
            case IN_PAYMENT -> "Les versements sont en cours.";
            case SETTLED -> "La subvention est entièrement versée.";
        };
    }
}
