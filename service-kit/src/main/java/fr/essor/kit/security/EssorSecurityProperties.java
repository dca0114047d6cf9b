package fr.essor.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings of a service.
 *
 * @param demoUsers the in-memory demo accounts (one per role), for the {@code local} and {@code test} profiles only
 */
@ConfigurationProperties("essor.security")
public record EssorSecurityProperties(@DefaultValue DemoUsers demoUsers) {

    /** @param enabled whether the demo accounts exist; never on by default */
    public record DemoUsers(@DefaultValue("false") boolean enabled) {
    }
}
