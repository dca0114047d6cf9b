package fr.essor.funding.organisations.domain;

import fr.essor.funding.aaa.domain.ProjectTitles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds, among one organisation's projects, those that look like the same project funded twice: years that overlap
 * and titles alike once normalised as the Appel à Agir does (case, accents, punctuation), or sharing most of their
 * words. A warning for people to check, never a refusal.
 */
public final class DoubleFunding {

    /** Share of common meaningful words (Jaccard) from which two titles are taken for the same project. */
    static final double SIMILARITY = 0.6;

    private DoubleFunding() {
    }

    /** Two projects that may be one; {@code bothFunded} when the money was granted twice already. */
    public record Warning(FundedProject first, FundedProject second, boolean bothFunded) {
    }

    public static List<Warning> find(List<FundedProject> projects) {
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            for (int j = i + 1; j < projects.size(); j++) {
                FundedProject a = projects.get(i);
                FundedProject b = projects.get(j);
                if ((a.funded() || b.funded()) && a.overlaps(b) && similar(a.title(), b.title())) {
                    warnings.add(new Warning(a, b, a.funded() && b.funded()));
                }
            }
        }
        return warnings;
    }

    static boolean similar(String first, String second) {
        String a = ProjectTitles.normalise(first);
        String b = ProjectTitles.normalise(second);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(wordsA);
        common.retainAll(wordsB);
        Set<String> all = new HashSet<>(wordsA);
        all.addAll(wordsB);
        return (double) common.size() / all.size() >= SIMILARITY;
    }

    /** Words of three letters or more: « de », « la », « l » say nothing about the project. */
    private static Set<String> words(String normalised) {
        return Arrays.stream(normalised.split(" ")).filter(w -> w.length() > 2).collect(Collectors.toSet());
    }
}
