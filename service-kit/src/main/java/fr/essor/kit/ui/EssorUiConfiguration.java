package fr.essor.kit.ui;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.WriteRules;
import fr.essor.kit.security.EssorSecurityConfiguration;

import fr.essor.kit.problem.ContainerErrorReport;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The shared, accessible page layout: {@code templates/layout.html}, {@code templates/fragments/forms.html},
 * {@code static/essor/essor.css} and the {@code layout} model attribute every page renders.
 */
@AutoConfiguration(after = EssorSecurityConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ EssorServiceProperties.class, EssorUiProperties.class })
public class EssorUiConfiguration {

    /** Requests Tomcat refuses before Essor runs get the platform's answer ({@link ContainerErrorReport}). */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> essorContainerErrorReport() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
            }
        });
    }

    /** Pages showing a refused submission are titled « Erreur : … » ({@link FailedSubmission}). */
    @Bean
    WebMvcConfigurer essorFailedSubmissionTitles() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new FailedSubmission());
            }
        };
    }

    /** A form's address read again by a browser leads back to its page, not to a 405 ({@link FormAddresses}). */
    @Bean
    FormAddresses essorFormAddresses() {
        return new FormAddresses();
    }

    @Bean
    LayoutAdvice essorLayoutAdvice(EssorServiceProperties service, EssorUiProperties ui,
            ObjectProvider<CurrentActor> currentActor, ObjectProvider<WriteRules> writeRules) {
        return new LayoutAdvice(service, ui, currentActor.getIfAvailable(CurrentActor::new), writeRules);
    }
}
