package fr.essor.kit.testing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A receiver's check of a delivery, written from the Standard Webhooks specification alone (spec/standard-webhooks.md,
 * "Verifying webhook authenticity"), not from the service's signer: the key is the base64 after {@code whsec_}; the
 * signed content is {@code msg_id.timestamp.payload}; {@code webhook-signature} is a space-delimited list of
 * {@code version,base64} signatures, any valid {@code v1} one is enough; the timestamp must be within the tolerance.
 */
public final class StandardWebhooksVerifier {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooksVerifier() {
    }

    /** {@code null} when the delivery is authentic and fresh, else the reason it is not. */
    public static String check(String secret, String id, String timestamp, String signatureHeader, byte[] body,
                               Instant now) {
        if (id == null || timestamp == null || signatureHeader == null) {
            return "missing header";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return "timestamp not an integer";
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return "timestamp outside tolerance";
        }
        byte[] expected;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")),
                    "HmacSHA256"));
            hmac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            expected = hmac.doFinal(body);
        } catch (Exception e) {
            return "cannot compute: " + e;
        }
        for (String versioned : signatureHeader.split(" ")) {
            int comma = versioned.indexOf(',');
            if (comma < 0 || !versioned.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(versioned.substring(comma + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return null;
            }
        }
        return "no valid v1 signature";
    }
}
