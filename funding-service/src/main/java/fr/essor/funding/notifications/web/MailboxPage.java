package fr.essor.funding.notifications.web;

import java.util.List;

import fr.essor.funding.notifications.application.NotificationLog;
import fr.essor.funding.notifications.infrastructure.EmbeddedMailServer;
import fr.essor.kit.ui.FrenchFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The ops page {@code /ops/courriels} (ADR-0018): the e-mails funding sent to applicants (the log: recipient, subject,
 * state, when) and, in the embedded default, the embedded SMTP server's mailbox with each message as received.
 */
@Controller
@PreAuthorize("hasAnyRole('OPS', 'ADMIN')")
class MailboxPage {

    record LogRow(String createdAt, String account, String email, String subject, String status, String sentAt,
                  String eventType) {
    }

    record MailRow(String receivedAt, String to, String subject, String body, String idempotencyKey) {
    }

    private final NotificationLog log;
    private final ObjectProvider<EmbeddedMailServer> embedded;

    MailboxPage(NotificationLog log, ObjectProvider<EmbeddedMailServer> embedded) {
        this.log = log;
        this.embedded = embedded;
    }

    @GetMapping("/ops/courriels")
    String page(Model model) {
        model.addAttribute("sent", log.latest(200).stream().map(n -> new LogRow(FrenchFormat.dateTime(n.createdAt()),
                n.account(), n.email(), n.subject(), n.status().label(),
                n.sentAt() == null ? "—" : FrenchFormat.dateTime(n.sentAt()), n.eventType())).toList());
        EmbeddedMailServer server = embedded.getIfAvailable();
        model.addAttribute("embedded", server != null);
        model.addAttribute("smtp", server == null ? null : server.host() + ":" + server.port());
        List<MailRow> mailbox = server == null ? List.of() : server.received().reversed().stream()
                .map(m -> new MailRow(FrenchFormat.dateTime(m.receivedAt()), String.join(", ", m.to()), m.subject(),
                        m.body(), m.idempotencyKey())).toList();
        model.addAttribute("mailbox", mailbox);
        return "notifications/mailbox";
    }
}
