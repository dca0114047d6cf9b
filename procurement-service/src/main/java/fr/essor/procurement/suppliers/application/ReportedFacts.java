package fr.essor.procurement.suppliers.application;

import fr.essor.procurement.suppliers.domain.SupplierFacts;
import fr.essor.procurement.suppliers.domain.SupplierGrant;
import fr.essor.procurement.suppliers.domain.SupplierPremises;

/** The facts funding and foncier published about organisations, kept for the supplier pages. */
public interface ReportedFacts {

    /** Applies a grant unless a fact of the same or a later version of its application was; true when applied. */
    boolean record(SupplierGrant grant);

    /** Applies premises unless a fact of the same or a later version of its lease was; true when applied. */
    boolean record(SupplierPremises premises);

    /** Every fact about one organisation (by SIRET or RNA), none when nothing was reported. */
    SupplierFacts of(String organisationId);
}
