package fr.essor.e2e.ept;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A receiver's check of a delivery, written from the Standard Webhooks specification
 * (https://www.standardwebhooks.com/, "Verifying webhook authenticity") and docs/integration-ept.md, independently of
 * the platform's signer: the signed content is {@code webhook-id.webhook-timestamp.body} with the raw body bytes, the
 * key is the base64-decoded part of the secret after {@code whsec_}, a signature is {@code v1,} + base64 of its
 * HMAC-SHA256; the header may carry several, space-separated, one valid is enough; compared in constant time; a
 * timestamp further than the tolerance from the receiver's clock is refused.
 */
public final class StandardWebhookSignature {

    /** The tolerance the guide asks for. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Why a delivery is refused, or {@code VALID}. */
    public enum Verdict { VALID, MISSING_HEADER, TIMESTAMP_OUT_OF_TOLERANCE, NO_VALID_SIGNATURE }

    private StandardWebhookSignature() {
    }

    public static Verdict verify(String secret, String id, String timestamp, String signatures, byte[] body,
                                 Instant now) {
        if (id == null || timestamp == null || signatures == null) {
            return Verdict.MISSING_HEADER;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Verdict.TIMESTAMP_OUT_OF_TOLERANCE;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return Verdict.TIMESTAMP_OUT_OF_TOLERANCE;
        }
        byte[] expected = sign(secret, id, timestamp, body);
        for (String candidate : signatures.trim().split(" +")) {
            if (candidate.startsWith("v1,")) {
                byte[] given;
                try {
                    given = Base64.getDecoder().decode(candidate.substring(3));
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                if (MessageDigest.isEqual(expected, given)) {
                    return Verdict.VALID;
                }
            }
        }
        return Verdict.NO_VALID_SIGNATURE;
    }

    /** The raw HMAC-SHA256 of {@code id.timestamp.body} with the secret's key. */
    static byte[] sign(String secret, String id, String timestamp, byte[] body) {
        String encodedKey = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encodedKey), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
