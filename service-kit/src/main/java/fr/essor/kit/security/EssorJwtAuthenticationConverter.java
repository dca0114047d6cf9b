package fr.essor.kit.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** An API caller's access token as the authentication the {@link CurrentActor} reads: name, roles, territory. */
final class EssorJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, IdentityClaims.authorities(jwt.getClaims()),
                IdentityClaims.username(jwt.getClaims()));
    }
}
