package fr.essor.funding.notifications.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The e-mail an applicant receives for a fact (ADR-0018), in plain French: what happened to its file and what to do
 * next, with the link to its space. Never an agent's name, an internal note, a score or a justification.
 */
public record Notice(String subject, String body) {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SIGNATURE = "\n\nCordialement,\nLe Département de la Seine-Saint-Denis — "
            + "Appel à Agir « In Seine-Saint-Denis »\n\nCe message est envoyé automatiquement : n'y répondez pas. "
            + "Vos échanges avec le service instructeur passent par votre espace candidat.";

    /** The notice of a fact, or empty when the applicant is not told about it (an application an agent entered). */
    public static Optional<Notice> of(NotifiedFact fact, String spaceUrl) {
        return switch (fact) {
            case NotifiedFact.Submitted s -> "ONLINE".equals(s.channel())
                    ? Optional.of(new Notice("Candidature " + s.applicationId() + " reçue — Appel à Agir "
                    + s.callYear(), "Bonjour,\n\nLe Département de la Seine-Saint-Denis a bien reçu la candidature « "
                    + s.projectTitle() + " » de " + s.organisationName() + " à l'Appel à Agir " + s.callYear()
                    + ", sous le numéro " + s.applicationId() + ".\n\nVotre récépissé et le suivi de votre dossier : "
                    + file(spaceUrl, s.applicationId()) + SIGNATURE))
                    : Optional.empty();
            case NotifiedFact.InformationRequested r -> Optional.of(new Notice("Complément demandé — dossier "
                    + r.applicationId(), "Bonjour,\n\nPour instruire votre candidature « " + r.projectTitle()
                    + " » (dossier " + r.applicationId() + "), le Département vous demande :\n\n« " + r.request()
                    + " »\n\nRépondez en ligne depuis votre dossier : " + file(spaceUrl, r.applicationId())
                    + SIGNATURE));
            case NotifiedFact.Decided d -> Optional.of("GRANTED".equals(d.outcome())
                    ? new Notice("Subvention votée — dossier " + d.applicationId(), "Bonjour,\n\nLes élus du "
                    + "Département ont voté une subvention de " + euros(d.amountGranted()) + " pour votre projet « "
                    + d.projectTitle() + " » (délibération " + d.decisionReference() + " du " + date(d.decidedOn())
                    + ").\n\nLa convention va vous être proposée. Votre dossier : " + file(spaceUrl,
                    d.applicationId()) + SIGNATURE)
                    : new Notice("Décision sur votre candidature — dossier " + d.applicationId(), "Bonjour,\n\n"
                    + "Les élus du Département n'ont pas retenu votre projet « " + d.projectTitle()
                    + " » (délibération " + d.decisionReference() + " du " + date(d.decidedOn()) + ").\n\n"
                    + "Votre dossier : " + file(spaceUrl, d.applicationId()) + SIGNATURE));
            case NotifiedFact.AgreementSigned a -> Optional.of(new Notice("Convention signée — " + a.title(),
                    "Bonjour,\n\nLa convention " + ("CPO".equals(a.kind()) ? "pluriannuelle d'objectifs " : "")
                    + "n° " + a.agreementId() + " (« " + a.title() + " », " + euros(a.amount()) + ", "
                    + (a.fromYear() == a.toYear() ? String.valueOf(a.fromYear()) : a.fromYear() + "-" + a.toYear())
                    + ") est signée depuis le " + date(a.signedOn()) + ". Les versements suivent son échéancier."
                    + "\n\nVotre espace : " + spaceUrl + SIGNATURE));
            case NotifiedFact.PaymentMade p -> Optional.of(new Notice("Versement de " + euros(p.amount())
                    + " — dossier " + p.applicationId(), "Bonjour,\n\nLe Département a versé " + euros(p.amount())
                    + " le " + date(p.paidOn()) + " au titre de votre projet « " + p.projectTitle() + " » (versement n° "
                    + p.paymentNumber() + "). Total versé : " + euros(p.totalPaid()) + (p.settled()
                    ? " : la subvention est entièrement versée."
                    : " ; reste à verser : " + euros(p.remaining()) + ".\n\nÀ faire : le versement suivant suit la "
                    + "réception de votre compte-rendu (bilan annuel ou compte-rendu financier final). Transmettez-le "
                    + "en ligne depuis votre dossier dès qu'il est prêt.") + "\n\nVotre dossier : "
                    + file(spaceUrl, p.applicationId()) + SIGNATURE));
            case NotifiedFact.ReportSubmitted r -> Optional.of(reportSubmitted(r, spaceUrl));
            case NotifiedFact.ReportReviewed r -> Optional.of(reportReviewed(r, spaceUrl));
            case NotifiedFact.ReportDue r -> Optional.of(new Notice(reportName(r.report()) + " à transmettre avant le "
                    + date(r.dueOn()) + " — dossier " + r.applicationId(), "Bonjour,\n\nLe "
                    + reportName(r.report()).toLowerCase(Locale.FRANCE) + " de votre projet « " + r.projectTitle()
                    + " » (dossier " + r.applicationId() + ") est attendu au plus tard le " + date(r.dueOn())
                    + ". Il débloque le versement suivant de votre subvention.\n\nÀ faire : saisissez ses montants et "
                    + "joignez-le depuis votre dossier : " + file(spaceUrl, r.applicationId()) + SIGNATURE));
        };
    }

    private static Notice reportSubmitted(NotifiedFact.ReportSubmitted r, String spaceUrl) {
        return new Notice(reportName(r.report()) + " reçu — dossier " + r.applicationId(), "Bonjour,\n\nLe "
                + "Département a bien reçu le " + reportName(r.report()).toLowerCase(Locale.FRANCE) + " de votre projet « "
                + r.projectTitle() + " » (dossier " + r.applicationId() + "), transmis en ligne le "
                + instantDate(r.submittedAt()) + ".\n\nLe service instructeur l'examine : s'il l'accepte, le versement "
                + "qui l'attend est débloqué ; s'il le refuse, il vous dit pourquoi et vous en transmettez un nouveau. "
                + "Votre dossier : " + file(spaceUrl, r.applicationId()) + SIGNATURE);
    }

    private static Notice reportReviewed(NotifiedFact.ReportReviewed r, String spaceUrl) {
        String name = reportName(r.report()).toLowerCase(Locale.FRANCE);
        return "ACCEPTED".equals(r.outcome())
                ? new Notice(reportName(r.report()) + " accepté — dossier " + r.applicationId(), "Bonjour,\n\nLe "
                + "Département a accepté le " + name + " de votre projet « " + r.projectTitle() + " » (dossier "
                + r.applicationId() + ") transmis le " + instantDate(r.submittedAt()) + ". Le versement qu'il "
                + "attendait est débloqué ; vous recevrez un courriel quand il sera fait.\n\nVotre dossier : "
                + file(spaceUrl, r.applicationId()) + SIGNATURE)
                : new Notice(reportName(r.report()) + " à reprendre — dossier " + r.applicationId(), "Bonjour,\n\n"
                + "Le Département n'a pas accepté le " + name + " de votre projet « " + r.projectTitle()
                + " » (dossier " + r.applicationId() + ") transmis le " + instantDate(r.submittedAt())
                + ", pour la raison suivante :\n\n« " + r.refusalReason() + " »\n\nÀ faire : transmettez un nouveau "
                + "compte rendu depuis votre dossier : " + file(spaceUrl, r.applicationId()) + SIGNATURE);
    }

    private static String reportName(String report) {
        return "ANNUAL_REPORT".equals(report) ? "Compte rendu annuel" : "Compte rendu financier final";
    }

    /** The French date, in Paris, of an RFC 3339 instant. */
    static String instantDate(String instant) {
        if (instant == null) {
            return "—";
        }
        try {
            return java.time.Instant.parse(instant).atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate()
                    .format(FRENCH_DATE);
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String file(String spaceUrl, String applicationId) {
        return spaceUrl + "/dossiers/" + applicationId;
    }

    static String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " €";
    }

    static String date(String isoDate) {
        if (isoDate == null) {
            return "—";
        }
        try {
            return LocalDate.parse(isoDate).format(FRENCH_DATE);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }
}
