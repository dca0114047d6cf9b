package fr.essor.funding.aaa.domain;

/** What a grant pays for: running costs (fonctionnement), investment, or both. */
public enum GrantNature {
    OPERATING,
    INVESTMENT,
    MIXED
}
