package fr.essor.kit.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the four service UIs live, for the navigation between them.
 *
 * @param links the base URL of each service's UI
 */
@ConfigurationProperties("essor.ui")
public record EssorUiProperties(@DefaultValue Links links) {

    public record Links(
            @DefaultValue("http://localhost:8081") String roadmap,
            @DefaultValue("http://localhost:8082") String funding,
            @DefaultValue("http://localhost:8083") String procurement,
            @DefaultValue("http://localhost:8084") String foncier) {
    }
}
