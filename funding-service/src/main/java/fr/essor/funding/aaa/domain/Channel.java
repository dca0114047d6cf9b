package fr.essor.funding.aaa.domain;

/** How an application arrived: typed in by an agent, or imported from the département's subsidy portal. */
public enum Channel {
    AGENT,
    PORTAL
}
