package fr.essor.roadmap.directory.domain;

/** Where an organisation's occupation of premises or of a hub space stands on a given day. */
public enum Occupation {
    /** signed or allocated, starting later */
    UPCOMING,
    /** started and not ended */
    CURRENT,
    /** vacated, ended, or past its term */
    ENDED
}
