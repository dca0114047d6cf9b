package fr.essor.procurement.suppliers.application;

import fr.essor.procurement.suppliers.domain.SupplierProfile;

import java.util.List;
import java.util.Optional;

/** The suppliers' profiles. */
public interface SupplierProfiles {

    Optional<SupplierProfile> find(String siret);

    /** @throws AlreadyDescribedException when the SIRET already has a profile */
    void add(SupplierProfile profile);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(SupplierProfile profile, long expectedVersion);

    List<SupplierProfile> all(int limit);

    class AlreadyDescribedException extends RuntimeException {
        public AlreadyDescribedException(String siret) {
            super("Supplier " + siret + " already has a profile");
        }
    }
}
