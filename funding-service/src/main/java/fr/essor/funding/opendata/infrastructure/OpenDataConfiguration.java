package fr.essor.funding.opendata.infrastructure;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.funding.opendata.application.SubventionsExport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the open-data exports with the grantor named in {@code essor.funding.grantor}. */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration {

    @Bean
    SubventionsExport subventionsExport(Calls calls, Applications applications, GrantFiles files,
                                        @Value("${essor.funding.grantor.name}") String name,
                                        @Value("${essor.funding.grantor.siret}") String siret) {
        return new SubventionsExport(calls, applications, files, name, siret);
    }
}
