package fr.essor.roadmap.plan.infrastructure;

import fr.essor.roadmap.plan.domain.ActionCode;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.RoadmapReference;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the roadmap's reference file (YAML, see {@code reference/roadmap-2024-2028.yaml}) and refuses a file whose
 * codes do not nest (action {@code 1.2.3} under objective {@code 1.2} under challenge {@code 1}) or repeat.
 */
public final class RoadmapReferenceFile {

    private RoadmapReferenceFile() {
    }

    public static RoadmapReference read(InputStream in) {
        try (in) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(map(root, "the file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RoadmapReference parse(Map<?, ?> root) {
        Set<String> codes = new HashSet<>();
        List<RoadmapReference.Challenge> challenges = new ArrayList<>();
        for (Object c : list(root.get("challenges"), "challenges")) {
            Map<?, ?> challenge = map(c, "a challenge");
            String challengeCode = text(challenge, "code");
            List<RoadmapReference.Objective> objectives = new ArrayList<>();
            for (Object o : list(challenge.get("objectives"), "objectives of " + challengeCode)) {
                Map<?, ?> objective = map(o, "an objective");
                String objectiveCode = text(objective, "code");
                require(objectiveCode.startsWith(challengeCode + ".") && codes.add(objectiveCode),
                        "objective " + objectiveCode + " is not a new objective of challenge " + challengeCode);
                List<RoadmapReference.ReferenceAction> actions = new ArrayList<>();
                for (Object a : list(objective.get("actions"), "actions of " + objectiveCode)) {
                    Map<?, ?> action = map(a, "an action");
                    String code = text(action, "code");
                    require(ActionCode.isValid(code) && ActionCode.parse(code).objectiveCode().equals(objectiveCode)
                            && codes.add(code), "action " + code + " is not a new action of objective "
                            + objectiveCode);
                    Set<Directorate> leads = new HashSet<>();
                    for (String lead : strings(action.get("leadDirectorates"))) {
                        leads.add(Directorate.fromCode(lead).orElseThrow(() ->
                                new IllegalArgumentException("Unknown directorate " + lead + " for " + code)));
                    }
                    actions.add(new RoadmapReference.ReferenceAction(ActionCode.parse(code), text(action, "title"),
                            leads, strings(action.get("partners"))));
                }
                objectives.add(new RoadmapReference.Objective(objectiveCode, text(objective, "name"),
                        text(objective, "title"), actions));
            }
            require(codes.add(challengeCode), "challenge " + challengeCode + " appears twice");
            challenges.add(new RoadmapReference.Challenge(challengeCode, text(challenge, "title"), objectives));
        }
        return new RoadmapReference(challenges);
    }

    private static Map<?, ?> map(Object value, String what) {
        require(value instanceof Map<?, ?>, what + " is not a mapping");
        return (Map<?, ?>) value;
    }

    private static List<?> list(Object value, String what) {
        require(value instanceof List<?>, what + " is not a list");
        return (List<?>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return list(value, "a list of names").stream().map(String::valueOf).toList();
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        require(value != null && !String.valueOf(value).isBlank(), "missing " + key + " in " + map);
        return String.valueOf(value).strip();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid roadmap reference file: " + message);
        }
    }
}
