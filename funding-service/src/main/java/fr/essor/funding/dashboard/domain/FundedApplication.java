package fr.essor.funding.dashboard.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One application as the dashboards see it: its call year, theme, main EPT, status code, the organisation, the
 * day it was received (the day of an online submission, the stamp of a paper file typed in later), and when decided,
 * the day and the amount granted (null when refused or not decided).
 */
public record FundedApplication(int callYear, String theme, String territoryCode, String status,
                                String organisationId, LocalDate receivedOn, LocalDate decidedOn,
                                BigDecimal amountGranted, BigDecimal operatingShare) {

    public boolean granted() {
        return amountGranted != null;
    }
}
