package fr.essor.procurement.opendata.web;

import fr.essor.kit.reference.Departement;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.opendata.application.ContractsCsv;
import fr.essor.procurement.opendata.application.DecpExport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the open-data exports; the buyer is the Département ({@code essor.departement}). */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration {

    @Bean
    DecpExport decpExport(Contracts contracts, Departement departement) {
        return new DecpExport(contracts, departement.siret().value());
    }

    @Bean
    ContractsCsv contractsCsv(Contracts contracts) {
        return new ContractsCsv(contracts);
    }
}
