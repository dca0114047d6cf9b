package fr.essor.funding.notifications.infrastructure;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The embedded default's SMTP server (GreenMail, ADR-0018): a real SMTP listener on this machine that keeps every
 * message it receives in memory, so that the ops page can show the mailbox. Never used in production.
 */
public class EmbeddedMailServer implements AutoCloseable {

    /** A received message, read back from what came over SMTP. */
    public record Received(String messageId, String idempotencyKey, List<String> to, String subject, String body,
                           Instant receivedAt) {
    }

    private final GreenMail greenMail;

    /** Port 0 takes a free port (tests). */
    public EmbeddedMailServer(String host, int port) {
        ServerSetup setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
        this.greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public String host() {
        return greenMail.getSmtp().getBindTo();
    }

    public List<Received> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(EmbeddedMailServer::read).toList();
    }

    private static Received read(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            Object content = message.getContent();
            String[] key = message.getHeader(SmtpMailer.IDEMPOTENCY_HEADER);
            return new Received(message.getMessageID(), key == null ? null : key[0],
                    to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(), message.getSubject(),
                    content instanceof String text ? text.replace("\r\n", "\n") : String.valueOf(content),
                    message.getReceivedDate() == null ? Instant.now() : message.getReceivedDate().toInstant());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message in the embedded mailbox", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
