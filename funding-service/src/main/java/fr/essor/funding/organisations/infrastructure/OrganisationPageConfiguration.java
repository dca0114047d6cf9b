package fr.essor.funding.organisations.infrastructure;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.cpo.application.Cpos;
import fr.essor.funding.guarantees.application.LoanGuarantees;
import fr.essor.funding.organisations.application.OrganisationOverview;
import fr.essor.funding.scic.application.ScicStakes;
import fr.essor.kit.organisations.application.Organisations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the cross-directorate view of an organisation. */
@Configuration(proxyBeanMethods = false)
class OrganisationPageConfiguration {

    @Bean
    OrganisationOverview organisationOverview(Organisations organisations, Calls calls, Applications applications,
                                              ScicStakes stakes, LoanGuarantees guarantees, Cpos cpos) {
        return new OrganisationOverview(organisations, calls, applications, stakes, guarantees, cpos);
    }
}
