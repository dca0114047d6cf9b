package fr.essor.kit.security;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security baseline of every Essor service, kept in this one class so that the OpenID Connect
 * sign-in can replace it whole.
 * <ul>
 * <li>{@code /api/**}: HTTP Basic, stateless, no CSRF; 401 and 403 as {@code application/problem+json}.</li>
 * <li>everything else: form login at {@code /login} (French page), logout by POST with CSRF; HTTP Basic too for
 * non-browser clients (the OpenAPI description, protected actuator endpoints).</li>
 * <li>open without sign-in: {@code GET /actuator/health/**}, {@code /actuator/prometheus}, {@code /error},
 * {@code /login} and the static assets; other actuator endpoints need the OPS or ADMIN role.</li>
 * <li>accounts: the demo users when {@code essor.security.demo-users.enabled=true}, otherwise none.</li>
 * </ul>
 */
@AutoConfiguration(before = { SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(EssorSecurityProperties.class)
public class EssorSecurityConfiguration {

    private static final Log logger = LogFactory.getLog(EssorSecurityConfiguration.class);

    private static final String REALM = "Essor";

    @Bean
    @Order(1)
    SecurityFilterChain essorApiSecurityFilterChain(HttpSecurity http) throws Exception {
        ProblemJsonSecurityResponses problems = new ProblemJsonSecurityResponses(REALM);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain essorUiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/prometheus").permitAll()
                .requestMatchers("/error", "/essor/**", "/favicon.ico").permitAll()
                .requestMatchers("/actuator/**").hasAnyRole(Role.OPS.name(), Role.ADMIN.name())
                .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                // lets scripts fetch /v3/api-docs or scrape protected actuator endpoints; browsers still get the form
                .httpBasic(basic -> basic.realmName(REALM))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Without demo users there is no account at all until the OpenID Connect sign-in replaces this class. */
    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    InMemoryUserDetailsManager essorUserDetailsService(EssorSecurityProperties properties, PasswordEncoder encoder) {
        if (!properties.demoUsers().enabled()) {
            logger.warn("Essor demo users are disabled and no other account source is configured: nobody can sign in");
            return new InMemoryUserDetailsManager();
        }
        logger.info("Essor demo users enabled (password = username): never use this outside local and test profiles");
        return new InMemoryUserDetailsManager(DemoUsers.encodedWith(encoder));
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentActor currentActor() {
        return new CurrentActor();
    }

    @Bean
    SecurityExceptionsAdvice essorSecurityExceptionsAdvice() {
        return new SecurityExceptionsAdvice();
    }

    @Bean
    LoginController essorLoginController() {
        return new LoginController();
    }
}
