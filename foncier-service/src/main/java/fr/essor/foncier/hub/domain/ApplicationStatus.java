package fr.essor.foncier.hub.domain;

/** Where an application for occupancy stands; a selected or waiting-list application may be allocated a space. */
public enum ApplicationStatus {

    SUBMITTED("Déposée"),
    SELECTED("Retenue"),
    WAITING_LIST("Liste d'attente"),
    REJECTED("Non retenue");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean mayBeHoused() {
        return this == SELECTED || this == WAITING_LIST;
    }
}
