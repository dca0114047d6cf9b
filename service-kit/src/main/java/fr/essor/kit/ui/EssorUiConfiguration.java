package fr.essor.kit.ui;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.EssorSecurityConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The shared, accessible page layout: {@code templates/layout.html}, {@code templates/fragments/forms.html},
 * {@code static/essor/essor.css} and the {@code layout} model attribute every page renders.
 */
@AutoConfiguration(after = EssorSecurityConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ EssorServiceProperties.class, EssorUiProperties.class })
public class EssorUiConfiguration {

    @Bean
    LayoutAdvice essorLayoutAdvice(EssorServiceProperties service, EssorUiProperties ui,
            ObjectProvider<CurrentActor> currentActor) {
        return new LayoutAdvice(service, ui, currentActor.getIfAvailable(CurrentActor::new));
    }
}
