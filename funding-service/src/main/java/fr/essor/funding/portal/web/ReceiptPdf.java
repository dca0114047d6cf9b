package fr.essor.funding.portal.web;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.portal.domain.FileForApplicant;
import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.documents.OfficialDocument;
import fr.essor.kit.ui.FrenchFormat;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The receipt of an application submitted online, in the kit's document layout: the file number, the call, the
 * organisation, the day it was received, what it asks for and the documents the organisation has sent with it.
 */
final class ReceiptPdf {

    private ReceiptPdf() {
    }

    static byte[] of(Application a, DocumentRenderer renderer) {
        return renderer.pdf(document(a, renderer));
    }

    static OfficialDocument document(Application a, DocumentRenderer renderer) {
        var d = a.details();
        String call = "Appel à Agir « In Seine-Saint-Denis » " + a.callYear();
        OfficialDocument doc = OfficialDocument.titled("Récépissé de dépôt de candidature")
                .subtitle("Dossier n° " + a.id() + " — " + call)
                .reference(a.id())
                .dated(a.submittedAt().atZone(FrenchFormat.PARIS).toLocalDate())
                .paragraph("Le " + renderer.settings().name() + " a reçu la candidature n° " + a.id() + " de "
                        + d.organisationName() + ", déposée en ligne le " + FrenchFormat.dateTime(a.submittedAt())
                        + ". Rappelez ce numéro dans vos échanges avec le service instructeur.");
        doc.table(new float[] {30, 70}, "Rubrique", "Candidature")
                .row("Numéro de dossier", a.id())
                .row("Appel", call)
                .row("Structure", d.organisationName() + " (SIRET ou RNA " + d.organisationId() + ")")
                .row("Reçue le", FrenchFormat.dateTime(a.submittedAt()))
                .row("Projet", d.title())
                .row("Thématique", d.theme())
                .row("Durée", d.durationYears() == 1 ? "Un an" : "Deux ans")
                .row("Montant demandé", FrenchFormat.euros(d.amounts().total()))
                .row("Budget du projet", FrenchFormat.euros(d.projectBudget()))
                .row("Communes", d.communes().stream().map(c -> c.name()).collect(Collectors.joining(", "))
                        + (d.qpv() ? " (quartier prioritaire)" : ""))
                .add();
        List<String> received = FileForApplicant.of(a).steps().stream()
                .filter(FileForApplicant.Step::fromApplicant)
                .flatMap(s -> s.documents().stream().map(name -> name + " (reçu le "
                        + FrenchFormat.date(s.at().atZone(FrenchFormat.PARIS).toLocalDate()) + ")"))
                .toList();
        doc.heading("Documents reçus");
        if (received.isEmpty()) {
            doc.paragraph("Aucun document reçu à ce jour en plus du formulaire de candidature.");
        } else {
            doc.paragraph("Formulaire de candidature, et :").list(received);
        }
        doc.paragraph("Ce récépissé atteste le dépôt, non la recevabilité ni l'attribution d'une subvention.");
        return doc;
    }
}
