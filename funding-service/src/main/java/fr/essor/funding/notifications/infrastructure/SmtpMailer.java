package fr.essor.funding.notifications.infrastructure;

import fr.essor.funding.notifications.application.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The SMTP port on Jakarta Mail (Spring's {@link JavaMailSenderImpl}): any SMTP server by configuration
 * ({@code spring.mail.*}), or the embedded GreenMail. The idempotency key is the message's Message-ID and the header
 * {@value #IDEMPOTENCY_HEADER}: a message sent again after a crash carries the same id.
 */
class SmtpMailer implements Mailer {

    static final String IDEMPOTENCY_HEADER = "X-Essor-Idempotency-Key";

    private final JavaMailSenderImpl sender;
    private final String from;

    SmtpMailer(JavaMailSenderImpl sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        String messageId = "<" + mail.idempotencyKey().replaceAll("[^A-Za-z0-9.~-]", "-") + "@funding.essor>";
        MimeMessage message = new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            message.setHeader(IDEMPOTENCY_HEADER, mail.idempotencyKey());
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Unwritable e-mail " + mail.idempotencyKey(), e);
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new IllegalStateException("SMTP refused or unreachable for " + mail.idempotencyKey() + ": "
                    + e.getMessage(), e);
        }
    }
}
