package fr.essor.procurement.opendata.web;

import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.opendata.application.ContractsCsv;
import fr.essor.procurement.opendata.application.DecpExport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the open-data exports; the buyer's SIRET comes from {@code essor.procurement.buyer-siret}. */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration {

    @Bean
    DecpExport decpExport(Contracts contracts, @Value("${essor.procurement.buyer-siret}") String buyerSiret) {
        if (!buyerSiret.matches("\\d{14}")) {
            throw new IllegalStateException("essor.procurement.buyer-siret must be 14 digits, was " + buyerSiret);
        }
        return new DecpExport(contracts, buyerSiret);
    }

    @Bean
    ContractsCsv contractsCsv(Contracts contracts) {
        return new ContractsCsv(contracts);
    }
}
