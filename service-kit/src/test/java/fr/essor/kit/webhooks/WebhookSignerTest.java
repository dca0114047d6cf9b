package fr.essor.kit.webhooks;

import fr.essor.kit.testing.StandardWebhooksVerifier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignerTest {

    @Test
    void signsLikeTheReferenceLibrariesOfTheSpecification() {
        // the test vector of the Standard Webhooks reference libraries (libraries/go/webhook_test.go, TestWebhookSign)
        assertThat(WebhookSigner.signature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsWhsecWith32RandomBytesAndTheTestVerifierAcceptsItsSignatures() {
        String secret = WebhookSigner.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSigner.newSecret()).isNotEqualTo(secret);
        long now = Instant.now().getEpochSecond();
        String body = "{\"specversion\":\"1.0\",\"id\":\"e1\"}";
        String signature = WebhookSigner.signature(secret, "e1", now, body);
        assertThat(StandardWebhooksVerifier.check(secret, "e1", Long.toString(now), "v1,bm9wZQ== " + signature,
                body.getBytes(StandardCharsets.UTF_8), Instant.now())).isNull();
        assertThat(StandardWebhooksVerifier.check(WebhookSigner.newSecret(), "e1", Long.toString(now), signature,
                body.getBytes(StandardCharsets.UTF_8), Instant.now())).isEqualTo("no valid v1 signature");
        assertThat(StandardWebhooksVerifier.check(secret, "e1", Long.toString(now - 3600), signature,
                body.getBytes(StandardCharsets.UTF_8), Instant.now())).isEqualTo("timestamp outside tolerance");
    }

    @Test
    void refusesASecretWithoutItsPrefix() {
        assertThatThrownBy(() -> WebhookSigner.signature("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "id", 1, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
