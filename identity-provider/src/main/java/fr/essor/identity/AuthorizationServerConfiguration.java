package fr.essor.identity;

import static org.springframework.security.config.Customizer.withDefaults;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.essor.identity.accounts.DemoAccounts;
import fr.essor.identity.clients.EssorClients;
import fr.essor.identity.logout.BackChannelLogout;
import fr.essor.identity.logout.LogoutTokens;
import fr.essor.identity.logout.SignedInClients;
import fr.essor.identity.signin.LockingAuthenticationProvider;
import fr.essor.identity.signin.SignInAttempts;
import fr.essor.identity.tokens.EssorClaims;
import fr.essor.identity.tokens.EssorUserInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Spring Authorization Server with OpenID Connect, and the sign-in form in front of it. Two filter chains: the
 * protocol endpoints (authorize, token, JWKS, discovery, UserInfo, {@code /connect/logout}), then everything else
 * (the sign-in page, the health probe).
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, BackChannelLogout backChannelLogout,
            CorsConfigurationSource serviceOrigins) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(oidc -> oidc
                    .providerConfigurationEndpoint(discovery -> discovery.providerConfigurationCustomizer(metadata -> metadata
                            .claim("backchannel_logout_supported", true)
                            .claim("backchannel_logout_session_supported", true)
                            .claim("claims_supported", List.of("sub", "iss", "aud", "sid", EssorClaims.PREFERRED_USERNAME,
                                    EssorClaims.ROLES, EssorClaims.TERRITORY))))
                    .logoutEndpoint(logout -> logout.logoutResponseHandler(rpInitiatedLogout(backChannelLogout)))
                    .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(new EssorUserInfo())));
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated());
        // the UserInfo endpoint takes the access token as a bearer token
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()));
        // a browser sent to /oauth2/authorize without a session signs in first
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/login"), browsers));
        http.cors(cors -> cors.configurationSource(serviceOrigins));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, UserDetailsService people, PasswordEncoder passwordEncoder,
            SignInAttempts attempts, BackChannelLogout backChannelLogout, CorsConfigurationSource serviceOrigins) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
        passwords.setPasswordEncoder(passwordEncoder);
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        failures.setDefaultFailureUrl("/login?error");

        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/idp.css", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new LockingAuthenticationProvider(passwords, attempts)))
                .formLogin(form -> form.loginPage("/login").failureHandler(failures))
                .logout(logout -> logout.addLogoutHandler(backChannelLogout).logoutSuccessUrl("/login?logout"))
                .cors(cors -> cors.configurationSource(serviceOrigins));
        return http.build();
    }

    /**
     * {@code /connect/logout}: before Spring Authorization Server ends the person's session, the clients signed in to
     * it are told by back-channel; then the usual redirect to the client's post-logout URI.
     */
    private static OidcLogoutAuthenticationSuccessHandler rpInitiatedLogout(BackChannelLogout backChannelLogout) {
        SecurityContextLogoutHandler endSession = new SecurityContextLogoutHandler();
        OidcLogoutAuthenticationSuccessHandler handler = new OidcLogoutAuthenticationSuccessHandler();
        handler.setLogoutHandler((request, response, authentication) -> {
            OidcLogoutAuthenticationToken logout = (OidcLogoutAuthenticationToken) authentication;
            if (logout.isPrincipalAuthenticated()) {
                Authentication person = (Authentication) logout.getPrincipal();
                backChannelLogout.logout(request, response, person);
                endSession.logout(request, response, person);
            }
        });
        return handler;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProviderProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuerUrl()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProviderProperties properties,
            PasswordEncoder passwordEncoder) {
        return EssorClients.repository(properties, passwordEncoder);
    }

    @Bean
    UserDetailsService people(PasswordEncoder passwordEncoder) {
        return DemoAccounts.encodedWith(passwordEncoder);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SignInAttempts signInAttempts(IdentityProviderProperties properties, Clock clock) {
        IdentityProviderProperties.Lockout lockout = properties.lockout();
        return new SignInAttempts(clock, lockout.maxFailures(), lockout.window(), lockout.duration());
    }

    /** A new RSA key at every start: enough for a local provider, whose tokens need not outlive it. */
    @Bean
    JWKSource<SecurityContext> jwkSource() {
        KeyPair keyPair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keyPair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from this JVM", e);
        }
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                .privateKey((RSAPrivateKey) keyPair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        log.info("Signing key generated at start-up (kid {}): tokens signed before this start are no longer valid",
                key.getKeyID());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
        return new NimbusJwtEncoder(jwkSource);
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> essorTokens(SignedInClients signedInClients) {
        EssorClaims claims = new EssorClaims();
        return context -> {
            claims.customize(context);
            signedInClients.issued(context);
        };
    }

    /** The provider's sessions, which {@code sid} is derived from; kept up to date by the session events below. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SignedInClients signedInClients() {
        return new SignedInClients();
    }

    @Bean
    LogoutTokens logoutTokens(JwtEncoder jwtEncoder, IdentityProviderProperties properties, Clock clock) {
        return new LogoutTokens(jwtEncoder, properties.issuerUrl(), clock);
    }

    @Bean
    BackChannelLogout backChannelLogout(SignedInClients signedInClients, RegisteredClientRepository clients,
            LogoutTokens logoutTokens) {
        return new BackChannelLogout(signedInClients, clients, logoutTokens);
    }

    /**
     * Swagger UI of each service runs in the browser at the service's origin and calls the token endpoint (and reads
     * discovery and the keys) from there: those endpoints accept the four services' origins.
     */
    @Bean
    CorsConfigurationSource serviceOrigins(IdentityProviderProperties properties) {
        IdentityProviderProperties.Services services = properties.services();
        CorsConfiguration cors = new CorsConfiguration();
        for (URI base : List.of(services.roadmap(), services.funding(), services.procurement(), services.foncier())) {
            cors.addAllowedOrigin(base.getScheme() + "://" + base.getAuthority());
        }
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Requested-With"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String path : List.of("/oauth2/token", "/oauth2/jwks", "/oauth2/revoke", "/userinfo", "/.well-known/**")) {
            source.registerCorsConfiguration(path, cors);
        }
        return source;
    }
}
