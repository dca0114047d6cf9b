package fr.essor.funding.aaa.domain;

import java.time.Instant;

/**
 * A fact about an application, carrying the application as it is right after the fact (its id and version among
 * the rest).
 */
public sealed interface ApplicationEvent permits ApplicationSubmitted, ApplicationDecided, GrantAwarded,
        InformationRequested {

    String eventId();

    Application application();

    Instant occurredAt();

    String recordedBy();
}
