package fr.essor.kit.security;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security of every Essor service, kept in this one class: OpenID Connect only (ADR-0010).
 * <ul>
 * <li>{@code /api/**}: an OAuth2 resource server. A bearer JWT of the platform's provider (issuer, audience
 * {@code essor.security.oidc.audience}, expiry and signature checked); a safe request (GET, HEAD) may also come from
 * a signed-in page (an export link), never a write. Stateless, no CSRF; 401 and 403 as
 * {@code application/problem+json}.</li>
 * <li>pages: sign-in at the provider with the authorization code flow and PKCE (single sign-on across the four
 * services: the provider remembers the person), sign-out at the provider too (RP-initiated logout) and back-channel
 * logout so that signing out of one service signs out of all; an expired session is told in French.</li>
 * <li>open without sign-in: {@code GET /actuator/health/**} (components only; details for OPS and ADMIN),
 * {@code /actuator/prometheus}, {@code /error}, {@code /login} and the static assets; other actuator endpoints need
 * OPS or ADMIN.</li>
 * <li>writes (POST, PUT, PATCH, DELETE), of the API and of the pages' forms alike: the service's {@link WriteRules}
 * decide who may make each one, before any controller; a write without a rule is refused to everyone (ADR-0012).</li>
 * <li>reads: any signed-in account, but an account that is only an applicant reads only
 * {@code essor.security.applicant-paths} ({@link ApplicantConfinement}, ADR-0016).</li>
 * <li>roles and the EPT territory come from the token's claims ({@link IdentityClaims}) and become the
 * {@link Actor} of {@link CurrentActor}.</li>
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

    /** Where pages send a person to sign in: this service's client at the provider. */
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + DiscoveredClientRegistration.REGISTRATION_ID;

    @Bean
    @Order(1)
    SecurityFilterChain essorApiSecurityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder,
            EssorSecurityProperties properties, WriteRules writeRules) throws Exception {
        ContentSecurityPolicy csp = new ContentSecurityPolicy(properties.oidc().requireComplete().issuer());
        ProblemJsonSecurityResponses problems = new ProblemJsonSecurityResponses();
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(WriteRules.writes()).access(writeRules)
                        .anyRequest().access(new ApplicantConfinement(properties.applicantPaths())))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(new EssorJwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .securityContext(context -> context.securityContextRepository(new PageSessionForSafeRequests()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(csp::apply)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain essorUiSecurityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
            EssorSecurityProperties properties, OidcSessionRegistry signedInSessions, WriteRules writeRules,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) throws Exception {
        // the provider's logout token names a session of the provider: the sessions opened with it end here too
        OidcBackChannelLogoutHandler endSessions = new OidcBackChannelLogoutHandler(signedInSessions);
        endSessions.setSessionCookieName(sessionCookie);
        ContentSecurityPolicy csp = new ContentSecurityPolicy(properties.oidc().requireComplete().issuer());
        OidcClientInitiatedLogoutSuccessHandler signOutAtProvider =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOutAtProvider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        SignedOutSessions signedOut = new SignedOutSessions();
        ExpiredSessionAwareResponses expiredSessions = new ExpiredSessionAwareResponses(SIGN_IN_PATH, signedOut);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/prometheus").permitAll()
                .requestMatchers("/error", "/essor/**", "/favicon.ico", "/login").permitAll()
                .requestMatchers(HttpMethod.POST, "/logout/connect/back-channel/**").permitAll()
                .requestMatchers(WriteRules.writes()).access(writeRules)
                .requestMatchers("/actuator/**").hasAnyRole(Role.OPS.name(), Role.ADMIN.name())
                .anyRequest().access(new ApplicantConfinement(properties.applicantPaths())))
                .oauth2Login(login -> login
                        .loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .failureUrl("/login?error")
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new OidcClaimsAuthoritiesMapper())))
                .oidcLogout(logout -> logout.clientRegistrationRepository(registrations)
                        .backChannel(backChannel -> backChannel.logoutHandler(endSessions)))
                .logout(logout -> logout.addLogoutHandler(signedOut).logoutSuccessHandler(signOutAtProvider))
                .headers(csp::apply)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(expiredSessions)
                        .accessDeniedHandler(expiredSessions));
        return http.build();
    }

    /** Which of this service's sessions were opened with which session of the provider (back-channel logout). */
    @Bean
    @ConditionalOnMissingBean
    OidcSessionRegistry essorSignedInSessions() {
        return new InMemoryOidcSessionRegistry();
    }

    @Bean
    @ConditionalOnMissingBean
    ClientRegistrationRepository essorClientRegistrations(EssorSecurityProperties properties) {
        return new DiscoveredClientRegistration(properties.oidc().requireComplete());
    }

    /**
     * Checks every access token: signature against the provider's published keys, expiry, issuer and audience. The
     * provider's keys are looked up on the first token, not at start-up.
     */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder essorJwtDecoder(EssorSecurityProperties properties) {
        EssorSecurityProperties.Oidc oidc = properties.oidc().requireComplete();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(oidc.audience()));
        OAuth2TokenValidator<Jwt> validators = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(oidc.issuer()), audience);
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuer()).build();
            decoder.setJwtValidator(validators);
            return decoder;
        });
    }

    /**
     * A service without rules of its own (none declared a {@link WriteRules} bean) refuses every write but the kit's:
     * deny by default.
     */
    @Bean
    @ConditionalOnMissingBean
    WriteRules essorWriteRules() {
        logger.warn("No WriteRules bean: every write of this service is refused but the kit's own (ADR-0012)");
        return WriteRules.builder().build();
    }

    @Bean
    OpenApiWriteRoles essorOpenApiWriteRoles(WriteRules writeRules) {
        return new OpenApiWriteRoles(writeRules);
    }

    @Bean
    OpenApiSecurity essorOpenApiSecurity(EssorSecurityProperties properties,
            ClientRegistrationRepository registrations) {
        return new OpenApiSecurity(properties.oidc().requireComplete(), registrations);
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
