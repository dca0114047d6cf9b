package fr.essor.kit.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSubscriptionTest {

    private static final Instant ROTATED = Instant.parse("2026-12-07T10:00:00Z");
    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e1\"}";

    @Test
    void aSubscriptionNeverRotatedSignsOnce() {
        WebhookSubscription subscription = subscription("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", null, null);

        assertThat(subscription.signatures("e1", 1614265330L, BODY, ROTATED))
                .isEqualTo(WebhookSigner.signature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "e1", 1614265330L, BODY));
    }

    @Test
    void afterARotationBothSecretsSignUntilTheOverlapEndsThenOnlyTheNewOne() {
        String next = WebhookSigner.newSecret();
        String previous = WebhookSigner.newSecret();
        WebhookSubscription subscription = subscription(next, previous, ROTATED.plus(Duration.ofHours(24)));

        assertThat(subscription.signatures("e1", 42L, BODY, ROTATED.plus(Duration.ofHours(23))))
                .isEqualTo(WebhookSigner.signature(next, "e1", 42L, BODY) + " "
                        + WebhookSigner.signature(previous, "e1", 42L, BODY));
        assertThat(subscription.signatures("e1", 42L, BODY, ROTATED.plus(Duration.ofHours(24))))
                .isEqualTo(WebhookSigner.signature(next, "e1", 42L, BODY));
    }

    private static WebhookSubscription subscription(String secret, String previous, Instant previousUntil) {
        return new WebhookSubscription("sub_1", "T8", "https://si.example.fr/hook", List.of("t"), null, secret,
                WebhookSubscription.Status.ENABLED, null, null, 0, ROTATED, "ept", ROTATED, "ept", previous,
                previousUntil);
    }
}
