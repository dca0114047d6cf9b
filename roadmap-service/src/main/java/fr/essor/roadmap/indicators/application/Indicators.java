package fr.essor.roadmap.indicators.application;

import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.IndicatorValueRecorded;

import java.util.List;
import java.util.Optional;

/** The roadmap's indicators: definitions, and the values recorded on the manual ones. */
public interface Indicators {

    Optional<Indicator> find(String id);

    List<Indicator> all();

    /** Adds a new indicator; false when its id is taken. */
    boolean add(Indicator indicator, String createdBy);

    /**
     * Saves a changed indicator, with the fact it produced in the same document write (outbox).
     *
     * @throws fr.essor.kit.outbox.StaleAggregateException when it changed since it was read
     */
    void save(Indicator indicator, long expectedVersion, Optional<IndicatorValueRecorded> recorded);

    /** Creates or updates a reference definition: its texts follow the reference list, its targets stay the users'. */
    void loadReference(IndicatorDefinition definition);
}
