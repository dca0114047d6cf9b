package fr.essor.e2e.ept;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static fr.essor.e2e.ept.StandardWebhookSignature.Verdict.MISSING_HEADER;
import static fr.essor.e2e.ept.StandardWebhookSignature.Verdict.NO_VALID_SIGNATURE;
import static fr.essor.e2e.ept.StandardWebhookSignature.Verdict.TIMESTAMP_OUT_OF_TOLERANCE;
import static fr.essor.e2e.ept.StandardWebhookSignature.Verdict.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/** The receiver's check against the Standard Webhooks specification's own test vector (quoted in the EPT guide). */
class StandardWebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(1614265330);

    @Test
    void theSpecificationsVectorSignsToTheSpecificationsSignature() {
        assertThat("v1," + Base64.getEncoder().encodeToString(StandardWebhookSignature.sign(SECRET, ID, TIMESTAMP,
                BODY))).isEqualTo(SIGNATURE);
        assertThat(StandardWebhookSignature.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN)).isEqualTo(VALID);
    }

    @Test
    void oneValidSignatureAmongSeveralIsEnough() {
        assertThat(StandardWebhookSignature.verify(SECRET, ID, TIMESTAMP,
                "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= v1a,whatever " + SIGNATURE, BODY, THEN))
                .isEqualTo(VALID);
    }

    @Test
    void aChangedBodyIdOrSecretIsRefused() {
        byte[] reformatted = "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8);
        assertThat(StandardWebhookSignature.verify(SECRET, ID, TIMESTAMP, SIGNATURE, reformatted, THEN))
                .isEqualTo(NO_VALID_SIGNATURE);
        assertThat(StandardWebhookSignature.verify(SECRET, "msg_other", TIMESTAMP, SIGNATURE, BODY, THEN))
                .isEqualTo(NO_VALID_SIGNATURE);
        assertThat(StandardWebhookSignature.verify("whsec_" + Base64.getEncoder().encodeToString(new byte[24]), ID,
                TIMESTAMP, SIGNATURE, BODY, THEN)).isEqualTo(NO_VALID_SIGNATURE);
        assertThat(StandardWebhookSignature.verify(SECRET, ID, TIMESTAMP, "v1,not base64!", BODY, THEN))
                .isEqualTo(NO_VALID_SIGNATURE);
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayOrAMissingHeaderIsRefused() {
        assertThat(StandardWebhookSignature.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN.plusSeconds(301)))
                .isEqualTo(TIMESTAMP_OUT_OF_TOLERANCE);
        assertThat(StandardWebhookSignature.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN.minusSeconds(301)))
                .isEqualTo(TIMESTAMP_OUT_OF_TOLERANCE);
        assertThat(StandardWebhookSignature.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN.plusSeconds(300)))
                .isEqualTo(VALID);
        assertThat(StandardWebhookSignature.verify(SECRET, ID, null, SIGNATURE, BODY, THEN))
                .isEqualTo(MISSING_HEADER);
    }
}
