package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Directorate;

/** Which applications of a call to list; {@code null} means any. */
public record ApplicationFilter(ApplicationStatus status, String theme, String territoryCode,
                                Directorate directorate) {

    public static ApplicationFilter any() {
        return new ApplicationFilter(null, null, null, null);
    }
}
