package fr.essor.funding.aaa.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Project titles compared as people would: case, accents, punctuation and spacing do not make a new project. */
public final class ProjectTitles {

    private ProjectTitles() {
    }

    /** « L'Atelier  vélo – Bondy ! » and « l atelier velo bondy » normalise to the same key. */
    public static String normalise(String title) {
        if (title == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae")
                .replaceAll("[^\\p{Alnum}]+", " ").strip();
    }
}
