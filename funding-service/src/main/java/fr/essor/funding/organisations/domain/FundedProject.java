package fr.essor.funding.organisations.domain;

/**
 * One project of an organisation as the double-funding check sees it: where it comes from, its title, the years it
 * covers, and whether it is funded already or still being decided.
 */
public record FundedProject(String reference, String title, int fromYear, int toYear, boolean funded) {

    boolean overlaps(FundedProject other) {
        return fromYear <= other.toYear && other.fromYear <= toYear;
    }
}
