package fr.essor.funding.aaa.application;

/** Which applications of a territory an EPT feed reads. */
public enum TerritorySelection {

    /** Every application acting on the territory. */
    ALL,
    /** Those whose EPT opinion is requested and that this territory has not given yet. */
    AWAITING_OPINION,
    /** Those on which this territory gave its opinion. */
    OPINION_GIVEN,
    /** Those the assembly granted: the laureates. */
    LAUREATES
}
