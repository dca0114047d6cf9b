package fr.essor.roadmap.indicators.domain;

/** How the value of an indicator for a year (and an EPT) is computed from what it is made of. */
public enum AggregationRule {
    /** the sum of the contributions of the year: amounts awarded, hours reported */
    SUM,
    /** how many distinct organisations contributed in the year: a laureate with two grants counts once */
    DISTINCT_COUNT,
    /**
     * the state at the end of the year: for each aggregate (a SCIC stake, a hub space) its contribution of highest
     * version up to that year, summed; a sale or a vacated space contributes zero
     */
    LATEST_STATE_SUM,
    /** a manual indicator: the latest value recorded for the year */
    LATEST_RECORDED
}
