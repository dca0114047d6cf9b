package fr.essor.roadmap.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant awarded to the organisation (funding's {@code grant-awarded.v1}), one per application. */
public record Grant(String applicationId, long version, String organisationId, String programme, int callYear,
                    String projectTitle, BigDecimal amount, String nature, LocalDate decidedOn) implements Dealing {

    @Override
    public String key() {
        return "grant:" + applicationId;
    }
}
