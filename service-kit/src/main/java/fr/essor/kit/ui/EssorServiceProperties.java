package fr.essor.kit.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which service this is, as the layout shows it.
 *
 * @param name  roadmap, funding, procurement or foncier
 * @param title the French title of the service's UI
 */
@ConfigurationProperties("essor.service")
public record EssorServiceProperties(@DefaultValue("essor") String name, @DefaultValue("Essor") String title) {
}
