package fr.essor.kit.webhooks.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.webhooks.WebhookManagement;
import fr.essor.kit.webhooks.web.WebhookViews.SubscriptionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Every territory's webhook subscriptions at once, for the ops team; their logs are read through {@link WebhookApi}. */
@RestController
@RequestMapping(path = "/api/ops/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks des EPT", description = "Abonnements aux événements du territoire d'un EPT, livrés signés "
        + "(Standard Webhooks), et journal des livraisons")
public class WebhookOpsApi {

    private final WebhookManagement management;
    private final CurrentActor currentActor;

    public WebhookOpsApi(WebhookManagement management, CurrentActor currentActor) {
        this.management = management;
        this.currentActor = currentActor;
    }

    @GetMapping("/subscriptions")
    @Operation(operationId = "listAllWebhookSubscriptions", summary = "Les abonnements webhooks de tous les territoires",
            description = "Sans leurs secrets ; le journal de chacun se lit sur "
                    + "/api/ept/{territory}/webhooks/subscriptions/{id}/deliveries. Réservé à l'exploitation (OPS) "
                    + "et aux administrateurs.")
    public List<SubscriptionView> all() {
        return management.all(currentActor.current()).stream().map(SubscriptionView::of).toList();
    }
}
