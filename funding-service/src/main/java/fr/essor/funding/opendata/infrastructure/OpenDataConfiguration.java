package fr.essor.funding.opendata.infrastructure;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.funding.opendata.application.SubventionsExport;
import fr.essor.kit.reference.Departement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the open-data exports with the Département ({@code essor.departement}) as the grantor. */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration {

    @Bean
    SubventionsExport subventionsExport(Calls calls, Applications applications, GrantFiles files,
                                        Departement departement) {
        return new SubventionsExport(calls, applications, files, departement.name(), departement.siret().value());
    }
}
