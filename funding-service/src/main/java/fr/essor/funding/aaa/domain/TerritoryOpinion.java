package fr.essor.funding.aaa.domain;

import java.time.Instant;

/**
 * The opinion of the EPT of the project's territory, given by its own account through the API or recorded by an agent
 * on its behalf ({@code recordedByAgent}).
 */
public record TerritoryOpinion(String territoryCode, Opinion opinion, String comment, String givenBy,
                               boolean recordedByAgent, Instant at) {
}
