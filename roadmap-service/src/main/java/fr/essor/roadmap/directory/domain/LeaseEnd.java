package fr.essor.roadmap.directory.domain;

/** The end of a lease the cell intermediated ({@code lease-ended.v1}), at term or early. */
public record LeaseEnd(String leaseId, long version, String organisationId, java.time.LocalDate endedOn,
                       boolean atTerm) implements Dealing {

    @Override
    public String key() {
        return Premises.KEY_PREFIX + leaseId;
    }
}
