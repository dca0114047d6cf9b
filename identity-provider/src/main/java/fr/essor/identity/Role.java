package fr.essor.identity;

/**
 * The role names of the OIDC contract, exactly as the services' {@code fr.essor.kit.security.Role} reads them from
 * the {@code roles} claim. A person or client carries them as authorities {@code ROLE_<name>}.
 */
public enum Role {
    DIEESS, DJVA, DTER, DMTA, DPAS, ACHATS, INSTRUCTOR, FACILITATOR, HUB_MANAGER, EPT, OPS, ADMIN, APPLICANT;

    private static final String AUTHORITY_PREFIX = "ROLE_";

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role name of an authority ({@code ROLE_EPT} → {@code EPT}), or null when it is not a role. */
    public static String nameOf(String authority) {
        return authority != null && authority.startsWith(AUTHORITY_PREFIX) ? authority.substring(AUTHORITY_PREFIX.length()) : null;
    }
}
