package fr.essor.kit.security;

import java.util.Optional;

/**
 * What a signed-in person or system may do on the platform: one role per directorate, plus the
 * functional roles. The Spring authority of a role is {@code ROLE_<name>}.
 */
public enum Role {

    DIEESS("Direction de l'insertion, de l'emploi et de l'économie sociale et solidaire (DIEESS)"),
    DJVA("Direction de la jeunesse et de la vie associative (DJVA)"),
    DTER("Délégation à la transition écologique et à la résilience (DTER)"),
    DMTA("Délégation au marketing territorial et à l'attractivité (DMTA)"),
    DPAS("Direction de la prévention et de l'action sociale (DPAS)"),
    ACHATS("Commande publique (achats)"),
    INSTRUCTOR("Instruction des candidatures"),
    FACILITATOR("Facilitation des clauses sociales"),
    HUB_MANAGER("Gestion du pôle d'innovation"),
    EPT("Établissement public territorial (EPT)"),
    OPS("Exploitation"),
    ADMIN("Administration"),
    /** A person of an ESS organisation applying for funding online: reaches only the applicants' pages (ADR-0016). */
    APPLICANT("Porteur de projet");

    private static final String AUTHORITY_PREFIX = "ROLE_";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Whether this actor is only an applicant: confined to the applicants' pages of the services that have them. */
    public static boolean onlyApplicant(java.util.Collection<Role> roles) {
        return roles.contains(APPLICANT) && roles.size() == 1;
    }

    /** The French label shown to users. */
    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_DIEESS}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role an authority stands for, if it is one of ours. */
    public static Optional<Role> fromAuthority(String authority) {
        if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
            return Optional.empty();
        }
        return named(authority.substring(AUTHORITY_PREFIX.length()));
    }

    /** The role of this name, as tokens carry it ({@code INSTRUCTOR}), if it is one of ours. */
    public static Optional<Role> named(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
