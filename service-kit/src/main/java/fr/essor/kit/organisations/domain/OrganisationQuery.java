package fr.essor.kit.organisations.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a person typed to find a structure, read as they meant it: a SIRET or a SIREN with any spacing
 * (« 418 166 096 00069 »), an RNA in either case, or words of the name, accents and case aside.
 */
public sealed interface OrganisationQuery {

    /** Fewer letters than this do not make a name search (« la » would match half the directory). */
    int SHORTEST_NAME = 3;

    record BySiret(String siret) implements OrganisationQuery {
    }

    /** The nine digits of a company: every establishment of it. */
    record BySiren(String siren) implements OrganisationQuery {
    }

    record ByRna(String rna) implements OrganisationQuery {
    }

    /** Words of the name, as {@link #nameKey} turns them: each must appear in it, in any order. */
    record ByName(String key) implements OrganisationQuery {
    }

    /** Nothing searchable: blank, or a name too short. */
    record Nothing() implements OrganisationQuery {
    }

    static OrganisationQuery of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Nothing();
        }
        String compact = compact(typed);
        if (compact.matches("\\d{14}")) {
            return new BySiret(compact);
        }
        if (compact.matches("\\d{9}")) {
            return new BySiren(compact);
        }
        if (compact.matches("(?i)W\\d{9}")) {
            return new ByRna(compact.toUpperCase(Locale.ROOT));
        }
        String key = nameKey(typed);
        return key.length() < SHORTEST_NAME ? new Nothing() : new ByName(key);
    }

    /** A number as people copy it, « 418 166 096 00069 » or « 418.166.096-00069 », without its separators. */
    public static String compact(String typed) {
        return typed.replaceAll("[\\s\\u00A0\\u202F.\\-]", "");
    }

    /**
     * A name as it is compared: lower case, without accents, ligatures spelled out, apostrophes and punctuation as
     * single spaces (« Régie de quartier — L'Œuvre » → « regie de quartier l oeuvre »).
     */
    static String nameKey(String name) {
        String spelled = name.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        String withoutAccents = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
