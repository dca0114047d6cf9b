package fr.essor.kit.organisations;

import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.consuming.rebuilds.ProjectionRebuildConfiguration;
import fr.essor.kit.consuming.rebuilds.RebuildableProjection;
import fr.essor.kit.consuming.rebuilds.ReplayedBindings;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.CompanyRegistry;
import fr.essor.kit.organisations.application.OrganisationCopies;
import fr.essor.kit.organisations.application.OrganisationRegistry;
import fr.essor.kit.organisations.application.OrganisationSearch;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.infrastructure.CompanyLookupOff;
import fr.essor.kit.organisations.infrastructure.MongoOrganisations;
import fr.essor.kit.organisations.infrastructure.RechercheEntreprises;
import fr.essor.kit.organisations.web.OrganisationChoice;
import fr.essor.kit.organisations.web.OrganisationController;
import fr.essor.kit.organisations.web.OrganisationRegistrationPage;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.WriteRules;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation registry that funding, procurement and foncier share: each registers the organisations it works
 * with, in the role given by {@code essor.organisations.registered-as} (applicant, supplier, premises-seeker), and
 * publishes {@code fr.essor.<service>.organisation-registered.v1} / {@code organisation-updated.v1}; it keeps a copy
 * of the organisations the other services register, so that one registration serves all of them (ADR-0021).
 */
@AutoConfiguration(after = ProjectionRebuildConfiguration.class)
@ConditionalOnProperty("essor.organisations.registered-as")
public class OrganisationRegistryConfiguration {

    private static final String COPIES = "organisationCopies";

    private static final Pattern ORGANISATION_TOPIC = Pattern.compile("essor\\.([a-z]+)\\.organisations");

    @Bean
    MongoOrganisations organisations(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                                EventTypes eventTypes, JsonMapper json,
                                @Value("${essor.organisations.registered-as}") String registeredAs) {
        return new MongoOrganisations(mongo, outbox, outboxes, communes, eventTypes, json, registeredAs);
    }

    @Bean
    OrganisationCopies organisationCopiesHandler(Organisations organisations, Communes communes,
                                                 EventTypes eventTypes) {
        return new OrganisationCopies(organisations, communes, eventTypes.source());
    }

    /**
     * The copies of the organisations registered in the other services (ADR-0021). Each service binds it to the two
     * other services' {@code essor.<service>.organisations} topics ({@code organisationCopies-in-0}, group
     * {@code <service>-organisation-copies}); it follows the organisation facts of the services whose topics it is
     * bound to. Retries and dead letters from the kit.
     */
    @Bean
    Consumer<Message<byte[]>> organisationCopies(EventConsumers consumers, OrganisationCopies copies,
                                                 ReplayedBindings bindings) {
        return consumers.consumer(copyRoutes(copies, bindings));
    }

    /**
     * The copies rebuilt from the other services' topics by ops (ADR-0024): replayed over what is held, never cleared
     * — the collection also holds the organisations registered here, which no topic read here brings back. A copy
     * applies only a fact later than what is held (version, then time, then source), so a replay brings back a
     * deleted or outdated copy and changes nothing else, while the live binding goes on.
     */
    @Bean
    RebuildableProjection organisationCopiesProjection(ReplayedBindings bindings, OrganisationCopies copies) {
        return RebuildableProjection.replayedOnTop("organisation-copies", "Copies des structures des autres services",
                "Les structures enregistrées par les autres services (ADR-0021), copiées ici pour être "
                        + "sélectionnables sans nouvel enregistrement.",
                List.of(bindings.of(COPIES, copyRoutes(copies, bindings))));
    }

    /** The services whose organisation facts are copied: those of the topics {@code essor.<service>.organisations}. */
    private static EventRoutes copyRoutes(OrganisationCopies copies, ReplayedBindings bindings) {
        List<String> services = bindings.topicsOf(COPIES).stream().map(topic -> {
            Matcher organisations = ORGANISATION_TOPIC.matcher(topic);
            if (!organisations.matches()) {
                throw new IllegalStateException("Binding " + COPIES + "-in-0 reads " + topic
                        + ", not an organisation topic essor.<service>.organisations");
            }
            return organisations.group(1);
        }).toList();
        return copies.routes(services);
    }

    /** Organisations stored before searches by name existed get their search key at start-up. */
    @Bean
    ApplicationRunner organisationNameKeys(MongoOrganisations organisations) {
        return arguments -> organisations.keyNames();
    }

    @Bean
    OrganisationSearch organisationSearch(Organisations organisations) {
        return new OrganisationSearch(organisations);
    }

    @Bean
    OrganisationChoice organisationChoice(OrganisationSearch search) {
        return new OrganisationChoice(search);
    }

    @Bean
    OrganisationRegistry organisationRegistry(Organisations organisations, Communes communes, Clock clock) {
        return new OrganisationRegistry(organisations, communes, clock);
    }

    /**
     * The national company registry ({@code essor.registry.company-lookup.*}): off unless {@code enabled=true}, as in
     * the embedded default that runs offline; on in the docker-compose deployment. A lookup waits at most
     * {@code timeout} (2 s at most).
     */
    @Bean
    @ConditionalOnMissingBean
    CompanyRegistry companyRegistry(JsonMapper json,
                                    @Value("${essor.registry.company-lookup.enabled:false}") boolean enabled,
                                    @Value("${essor.registry.company-lookup.base-url:https://recherche-entreprises.api.gouv.fr}")
                                    URI baseUrl,
                                    @Value("${essor.registry.company-lookup.timeout:2s}") Duration timeout) {
        if (!enabled) {
            return new CompanyLookupOff();
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(2)) > 0) {
            throw new IllegalStateException("essor.registry.company-lookup.timeout must be between 1 ms and 2 s: an "
                    + "agent waits for the answer, was " + timeout);
        }
        return new RechercheEntreprises(baseUrl, timeout, json);
    }

    @Bean
    OrganisationRegistrationPage organisationRegistrationPage(OrganisationRegistry registry, Communes communes,
                                                              CurrentActor currentActor, WriteRules writeRules,
                                                              CompanyRegistry companyRegistry) {
        return new OrganisationRegistrationPage(registry, communes, currentActor, writeRules, companyRegistry);
    }

    @Bean
    OrganisationController organisationController(OrganisationRegistry registry, Organisations organisations) {
        return new OrganisationController(registry, organisations);
    }
}
