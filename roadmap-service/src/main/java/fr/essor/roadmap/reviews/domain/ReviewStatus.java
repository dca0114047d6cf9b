package fr.essor.roadmap.reviews.domain;

/** Where a quarterly review stands: directorates update, then the SENS consolidates, then it is published. */
public enum ReviewStatus {

    OPEN("Ouvert aux mises à jour des directions pilotes"),
    CONSOLIDATED("Consolidé par le SENS"),
    PUBLISHED("Publié");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
