package fr.essor.funding.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The French e-mails of each fact (ADR-0018): what happened, what to do, the link; nothing internal. */
class NoticeTest {

    private static final String SPACE = "https://essor.example/espace-candidat";

    @Test
    void anOnlineApplicationIsAcknowledgedWithItsNumberAndLinkButOneEnteredByAnAgentIsNot() {
        Notice receipt = Notice.of(new NotifiedFact.Submitted("AAA-2026-0042", 2026, "84129031700012",
                "Recyclerie", "Atelier vélo", "ONLINE"), SPACE).orElseThrow();
        assertThat(receipt.subject()).isEqualTo("Candidature AAA-2026-0042 reçue — Appel à Agir 2026");
        assertThat(receipt.body()).contains("« Atelier vélo » de Recyclerie", "sous le numéro AAA-2026-0042",
                SPACE + "/dossiers/AAA-2026-0042");
        assertThat(Notice.of(new NotifiedFact.Submitted("AAA-2026-0043", 2026, "84129031700012", "Recyclerie",
                "Papier", "AGENT"), SPACE)).isEmpty();
    }

    @Test
    void theVoteTellsTheAmountAndDeliberationButNotTheInstructorsJustification() {
        Notice granted = Notice.of(new NotifiedFact.Decided("AAA-2026-0042", "84129031700012", "Atelier vélo",
                "GRANTED", new BigDecimal("15000.00"), "CD-2026-05-12-0087", "2026-05-12"), SPACE).orElseThrow();
        assertThat(granted.subject()).isEqualTo("Subvention votée — dossier AAA-2026-0042");
        assertThat(granted.body()).contains("15\u202f000,00 €", "délibération CD-2026-05-12-0087 du 12/05/2026",
                "La convention va vous être proposée");
        Notice refused = Notice.of(new NotifiedFact.Decided("AAA-2026-0042", "84129031700012", "Atelier vélo",
                "REFUSED", null, "CD-2026-05-12-0087", "2026-05-12"), SPACE).orElseThrow();
        assertThat(refused.body()).contains("n'ont pas retenu").doesNotContain("€");
    }

    @Test
    void theRequestTheAgreementAndThePaymentsSayWhatToDoNext() {
        assertThat(Notice.of(new NotifiedFact.InformationRequested("AAA-2026-0042", "84129031700012", "Atelier vélo",
                "Joignez le RIB."), SPACE).orElseThrow().body()).contains("« Joignez le RIB. »",
                "Répondez en ligne depuis votre dossier : " + SPACE + "/dossiers/AAA-2026-0042");
        assertThat(Notice.of(new NotifiedFact.AgreementSigned("AAA-2026-0042", "GRANT", "84129031700012",
                "Atelier vélo", new BigDecimal("15000"), 2026, 2027, "2026-06-01"), SPACE).orElseThrow().body())
                .contains("n° AAA-2026-0042", "2026-2027", "signée depuis le 01/06/2026", "échéancier");
        Notice first = Notice.of(new NotifiedFact.PaymentMade("AAA-2026-0042", "84129031700012", "Atelier vélo", 1,
                new BigDecimal("9000"), "2026-06-15", new BigDecimal("9000"), new BigDecimal("6000"), false), SPACE)
                .orElseThrow();
        assertThat(first.subject()).isEqualTo("Versement de 9\u202f000,00 € — dossier AAA-2026-0042");
        assertThat(first.body()).contains("reste à verser : 6\u202f000,00 €", "À faire", "compte-rendu",
                "Transmettez-le en ligne depuis votre dossier", "Votre dossier : " + SPACE + "/dossiers/AAA-2026-0042")
                .doesNotContain("service instructeur dès");
        Notice balance = Notice.of(new NotifiedFact.PaymentMade("AAA-2026-0042", "84129031700012", "Atelier vélo", 2,
                new BigDecimal("6000"), "2027-03-01", new BigDecimal("15000"), BigDecimal.ZERO, true), SPACE)
                .orElseThrow();
        assertThat(balance.body()).contains("entièrement versée", SPACE + "/dossiers/AAA-2026-0042")
                .doesNotContain("À faire");
    }

    @Test
    void aReportReceivedAcceptedOrRefusedTellsWhatFollowsAndTheReasonButNoAgent() {
        Notice received = Notice.of(new NotifiedFact.ReportSubmitted("AAA-2026-0042", "84129031700012",
                "Atelier vélo", "FINAL_REPORT", "2027-03-01T23:30:00Z"), SPACE).orElseThrow();
        assertThat(received.subject()).isEqualTo("Compte rendu financier final reçu — dossier AAA-2026-0042");
        // 23:30 UTC is already the next day in Paris
        assertThat(received.body()).contains("« Atelier vélo »", "transmis en ligne le 02/03/2027", "l'examine",
                SPACE + "/dossiers/AAA-2026-0042");
        Notice accepted = Notice.of(new NotifiedFact.ReportReviewed("AAA-2026-0042", "84129031700012",
                "Atelier vélo", "ANNUAL_REPORT", "2027-03-01T10:00:00Z", "ACCEPTED", null), SPACE).orElseThrow();
        assertThat(accepted.subject()).isEqualTo("Compte rendu annuel accepté — dossier AAA-2026-0042");
        assertThat(accepted.body()).contains("a accepté le compte rendu annuel", "débloqué").doesNotContain("null");
        Notice refused = Notice.of(new NotifiedFact.ReportReviewed("AAA-2026-0042", "84129031700012",
                "Atelier vélo", "FINAL_REPORT", "2027-03-01T10:00:00Z", "REFUSED", "Budget réalisé manquant."),
                SPACE).orElseThrow();
        assertThat(refused.subject()).isEqualTo("Compte rendu financier final à reprendre — dossier AAA-2026-0042");
        assertThat(refused.body()).contains("« Budget réalisé manquant. »", "transmettez un nouveau compte rendu",
                SPACE + "/dossiers/AAA-2026-0042").doesNotContain("dmta");
    }
}
