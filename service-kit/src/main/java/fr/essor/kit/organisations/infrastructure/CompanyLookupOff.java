package fr.essor.kit.organisations.infrastructure;

import fr.essor.kit.organisations.application.CompanyRegistry;

/** No national registry in this installation (the embedded default runs offline): the agent types every field. */
public final class CompanyLookupOff implements CompanyRegistry {

    @Override
    public Lookup lookup(String siret) {
        return new Off();
    }

    @Override
    public boolean enabled() {
        return false;
    }
}
