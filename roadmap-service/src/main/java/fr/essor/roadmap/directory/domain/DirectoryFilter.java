package fr.essor.roadmap.directory.domain;

/** Filters of the directory list; a null filter lets everything through. */
public record DirectoryFilter(String territoryCode, String communeInsee, String legalForm, Boolean esus) {

    public static DirectoryFilter none() {
        return new DirectoryFilter(null, null, null, null);
    }
}
