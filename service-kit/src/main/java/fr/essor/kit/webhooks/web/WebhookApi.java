package fr.essor.kit.webhooks.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.webhooks.WebhookManagement;
import fr.essor.kit.webhooks.web.WebhookViews.CreatedView;
import fr.essor.kit.webhooks.web.WebhookViews.DeliveryView;
import fr.essor.kit.webhooks.web.WebhookViews.EventTypeView;
import fr.essor.kit.webhooks.web.WebhookViews.RotatedView;
import fr.essor.kit.webhooks.web.WebhookViews.SubscriptionRequest;
import fr.essor.kit.webhooks.web.WebhookViews.SubscriptionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * The webhook subscriptions of the EPTs (ADR-0014): an EPT account manages those of its own territory, named in the
 * path, and reads their delivery log; OPS reads every territory's; ADMIN may do everything. Any other account, or an
 * EPT naming another territory, gets 403.
 */
@RestController
@RequestMapping(path = "/api/ept", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks des EPT", description = "Abonnements aux événements du territoire d'un EPT, livrés signés "
        + "(Standard Webhooks), et journal des livraisons")
public class WebhookApi {

    static final int DELIVERY_LOG_LIMIT = 200;

    private final WebhookManagement management;
    private final CurrentActor currentActor;

    public WebhookApi(WebhookManagement management, CurrentActor currentActor) {
        this.management = management;
        this.currentActor = currentActor;
    }

    @GetMapping("/webhooks/event-types")
    @Operation(operationId = "listWebhookEventTypes", summary = "Les types d'événements livrés par webhook",
            description = "Les types CloudEvents que ce service livre aux abonnements, et leurs champs publics. "
                    + "Tout compte connecté peut les lire.")
    public List<EventTypeView> eventTypes() {
        return management.catalogue().events().stream().map(EventTypeView::of).toList();
    }

    @PostMapping(path = "/{territory}/webhooks/subscriptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createWebhookSubscription", summary = "Créer un abonnement webhook",
            description = "Crée un abonnement pour le territoire de l'EPT appelant ; la réponse donne le secret de "
                    + "signature, une seule fois. Réservé au compte de l'EPT de ce territoire (et aux "
                    + "administrateurs).")
    @ApiResponse(responseCode = "201", description = "Abonnement créé, avec son secret",
            headers = @Header(name = "Location", description = "L'adresse de l'abonnement",
                    schema = @Schema(type = "string", format = "uri")))
    public ResponseEntity<CreatedView> create(@PathVariable String territory,
                                              @RequestBody SubscriptionRequest request) {
        var created = management.create(currentActor.current(), territory, toRequest(request));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(CreatedView.of(created));
    }

    @GetMapping("/{territory}/webhooks/subscriptions")
    @Operation(operationId = "listWebhookSubscriptions", summary = "Les abonnements webhooks d'un territoire",
            description = "Sans leurs secrets. Réservé au compte de l'EPT de ce territoire, à l'exploitation (OPS) "
                    + "et aux administrateurs.")
    public List<SubscriptionView> list(@PathVariable String territory) {
        return management.list(currentActor.current(), territory).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{territory}/webhooks/subscriptions/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Un abonnement webhook",
            description = "Sans son secret. Réservé au compte de l'EPT de ce territoire, à l'exploitation (OPS) et "
                    + "aux administrateurs.")
    public SubscriptionView get(@PathVariable String territory, @PathVariable String id) {
        return SubscriptionView.of(management.get(currentActor.current(), territory, id));
    }

    @PutMapping(path = "/{territory}/webhooks/subscriptions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateWebhookSubscription", summary = "Modifier un abonnement webhook",
            description = "Remplace l'URL, les types et la description ; le secret ne change pas. Réservé au "
                    + "compte de l'EPT de ce territoire (et aux administrateurs).")
    public SubscriptionView update(@PathVariable String territory, @PathVariable String id,
                                   @RequestBody SubscriptionRequest request) {
        return SubscriptionView.of(management.update(currentActor.current(), territory, id, toRequest(request)));
    }

    @PostMapping("/{territory}/webhooks/subscriptions/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Changer le secret de signature d'un abonnement",
            description = "Crée un nouveau secret et le donne, une seule fois, dans la réponse. Pendant 24 heures, "
                    + "chaque envoi porte deux signatures dans webhook-signature : celle du nouveau secret et celle "
                    + "de l'ancien, le temps de changer de clé sans refuser de livraison ; ensuite, celle du nouveau "
                    + "seulement. Réservé au compte de l'EPT de ce territoire (et aux administrateurs).")
    public RotatedView rotateSecret(@PathVariable String territory, @PathVariable String id) {
        return RotatedView.of(management.rotateSecret(currentActor.current(), territory, id));
    }

    @PostMapping("/{territory}/webhooks/subscriptions/{id}/disable")
    @Operation(operationId = "disableWebhookSubscription", summary = "Désactiver un abonnement webhook",
            description = "Plus aucun envoi ; les événements du territoire continuent d'être retenus et partent à "
                    + "la réactivation. Réservé au compte de l'EPT de ce territoire (et aux administrateurs).")
    public SubscriptionView disable(@PathVariable String territory, @PathVariable String id) {
        return SubscriptionView.of(management.disable(currentActor.current(), territory, id));
    }

    @PostMapping("/{territory}/webhooks/subscriptions/{id}/enable")
    @Operation(operationId = "enableWebhookSubscription", summary = "Réactiver un abonnement webhook",
            description = "Après une désactivation (par l'EPT ou automatique après des échecs répétés) : remet le "
                    + "compteur d'échecs à zéro et envoie les livraisons retenues. Réservé au compte de l'EPT de ce "
                    + "territoire (et aux administrateurs).")
    public SubscriptionView enable(@PathVariable String territory, @PathVariable String id) {
        return SubscriptionView.of(management.enable(currentActor.current(), territory, id));
    }

    @DeleteMapping("/{territory}/webhooks/subscriptions/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Supprimer un abonnement webhook",
            description = "Supprime l'abonnement et son journal de livraisons. Réservé au compte de l'EPT de ce "
                    + "territoire (et aux administrateurs).")
    @ApiResponse(responseCode = "204", description = "Supprimé")
    public ResponseEntity<Void> delete(@PathVariable String territory, @PathVariable String id) {
        management.delete(currentActor.current(), territory, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{territory}/webhooks/subscriptions/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Le journal des livraisons d'un abonnement",
            description = "Les 200 livraisons les plus récentes d'abord, chacune avec ses tentatives (statut HTTP, "
                    + "durée, erreur). Réservé au compte de l'EPT de ce territoire, à l'exploitation (OPS) et aux "
                    + "administrateurs.")
    public List<DeliveryView> deliveries(@PathVariable String territory, @PathVariable String id) {
        return management.deliveries(currentActor.current(), territory, id, DELIVERY_LOG_LIMIT).stream()
                .map(DeliveryView::of).toList();
    }

    @GetMapping("/{territory}/webhooks/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "Une livraison et ses tentatives",
            description = "Réservé au compte de l'EPT de ce territoire, à l'exploitation (OPS) et aux "
                    + "administrateurs.")
    public DeliveryView delivery(@PathVariable String territory, @PathVariable String deliveryId) {
        return DeliveryView.of(management.delivery(currentActor.current(), territory, deliveryId));
    }

    @PostMapping("/{territory}/webhooks/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Rejouer une livraison",
            description = "Renvoie maintenant une livraison livrée ou échouée, avec le même webhook-id et le même "
                    + "corps (nouvel horodatage, nouvelle signature) ; 409 si elle est déjà en attente ou si "
                    + "l'abonnement est désactivé. Réservé au compte de l'EPT de ce territoire, à l'exploitation "
                    + "(OPS) et aux administrateurs.")
    public DeliveryView replay(@PathVariable String territory, @PathVariable String deliveryId) {
        return DeliveryView.of(management.replay(currentActor.current(), territory, deliveryId));
    }

    private static WebhookManagement.Request toRequest(SubscriptionRequest request) {
        return request == null ? null
                : new WebhookManagement.Request(request.url(), request.eventTypes(), request.description());
    }
}
