package fr.essor.identity.logout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Logout tokens of OIDC Back-Channel Logout 1.0 (§2.4), signed with the provider's key like its ID tokens: header
 * {@code typ: logout+jwt}; claims {@code iss}, {@code aud} (the client), {@code iat}, {@code exp}, {@code jti},
 * {@code sub}, {@code sid} and the back-channel logout event; never a {@code nonce}. This is what Spring Security's
 * {@code oidcLogout().backChannel()} checks on the services' side.
 */
public final class LogoutTokens {

    public static final String TYPE = "logout+jwt";
    public static final String BACK_CHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration LIFETIME = Duration.ofMinutes(2);

    private final JwtEncoder encoder;
    private final String issuer;
    private final Clock clock;

    public LogoutTokens(JwtEncoder encoder, String issuer, Clock clock) {
        this.encoder = encoder;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** A signed logout token telling {@code clientId} that the session {@code sid} of {@code subject} ended. */
    public String issue(String clientId, String sid, String subject) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(clientId))
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .id(UUID.randomUUID().toString())
                .subject(subject)
                .claim("sid", sid)
                .claim("events", Map.of(BACK_CHANNEL_LOGOUT_EVENT, Map.of()))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type(TYPE).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
