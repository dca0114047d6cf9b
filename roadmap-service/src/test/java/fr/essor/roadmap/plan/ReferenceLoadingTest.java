package fr.essor.roadmap.plan;

import fr.essor.roadmap.plan.application.ReferenceLoading;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionEdit;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.RoadmapReference;
import fr.essor.roadmap.plan.infrastructure.RoadmapReferenceFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static fr.essor.roadmap.plan.Fixtures.SENS;
import static fr.essor.roadmap.plan.Fixtures.T0;
import static fr.essor.roadmap.plan.Fixtures.changed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceLoadingTest {

    private final InMemoryActions store = new InMemoryActions();
    private final ReferenceLoading loading = new ReferenceLoading(store, store, Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void theReferenceFileHoldsTheSynthesisTablesOfTheSeed() {
        RoadmapReference reference = shipped();

        assertThat(reference.challenges()).hasSize(3);
        assertThat(reference.challenges().stream().mapToInt(c -> c.objectives().size()).sum()).isEqualTo(13);
        assertThat(reference.actions()).hasSize(44);
        assertThat(reference.challenges().get(2).objectives()).extracting(RoadmapReference.Objective::code,
                RoadmapReference.Objective::name).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("3.1", "PROMOUVOIR"),
                        org.assertj.core.groups.Tuple.tuple("3.2", "ACHETER"),
                        org.assertj.core.groups.Tuple.tuple("3.3", "S'ALLIER"),
                        org.assertj.core.groups.Tuple.tuple("3.4", "PLAIDER"),
                        org.assertj.core.groups.Tuple.tuple("3.5", "EXEMPLARITÉ"));
        assertThat(action(reference, "1.2.2").leadDirectorates()).containsExactlyInAnyOrder(Directorate.DJVA,
                Directorate.DIEESS);
        assertThat(action(reference, "1.2.1").leadDirectorates()).containsExactly(Directorate.DMTA);
        assertThat(action(reference, "1.4.2").partners()).contains("CRESS Île-de-France", "Surface+utile");
        assertThat(action(reference, "2.1.1").leadDirectorates()).isEmpty();
        assertThat(action(reference, "3.4.6").title()).startsWith("Plaider pour un cadre national");
    }

    @Test
    void loadingTwiceAddsEveryActionOnceAndThenChangesNothing() {
        ReferenceLoading.Report first = loading.load(shipped());
        int writes = store.writes;
        ReferenceLoading.Report second = loading.load(shipped());

        assertThat(first).isEqualTo(new ReferenceLoading.Report(44, 0, 0));
        assertThat(second).isEqualTo(new ReferenceLoading.Report(0, 0, 44));
        assertThat(store.stored).hasSize(44);
        assertThat(store.writes).isEqualTo(writes);
        assertThat(store.structure.challenges()).hasSize(3);
    }

    @Test
    void aChangedFileUpdatesTitlesAndReferenceFieldsButNeverWhatUsersEntered() {
        loading.load(shipped());
        Action entered = store.stored.get("1.1.4");
        entered = changed(entered.edit(new ActionEdit(ActionStatus.IN_PROGRESS, 40, null, null,
                List.of("CRESS Île-de-France", "Partenaire ajouté"), Optional.of(LocalDate.of(2025, 1, 6)),
                Optional.empty(), List.of("IND-1")), SENS, T0));
        entered = changed(entered.addNote("Point d'étape", SENS, T0));
        entered = changed(entered.addMilestone("Club de l'ESS", LocalDate.of(2026, 6, 1), SENS, T0));
        entered = changed(entered.setBudget(2026, new BigDecimal("1000"), BigDecimal.ZERO, SENS, T0));
        store.stored.put("1.1.4", entered);

        String changedFile = shippedText()
                .replace("Associer les acteurs de l'ESS et partenaires au suivi", "Associer les acteurs de l'ESS au suivi")
                .replace("partners: [\"CRESS Île-de-France\", \"Inser'éco93\", \"DLA\", \"France Active Métropole\"]",
                        "leadDirectorates: [DIEESS]\n            partners: [\"CRESS Île-de-France\"]");
        ReferenceLoading.Report report = loading.load(RoadmapReferenceFile.read(stream(changedFile)));

        Action after = store.stored.get("1.1.4");
        assertThat(report).isEqualTo(new ReferenceLoading.Report(0, 1, 43));
        assertThat(store.stored).hasSize(44);
        assertThat(after.title()).startsWith("Associer les acteurs de l'ESS au suivi");
        assertThat(after.leadDirectorates()).containsExactly(Directorate.DIEESS);
        assertThat(after.partners()).containsExactly("CRESS Île-de-France", "Partenaire ajouté");
        assertThat(after.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(after.progress()).isEqualTo(40);
        assertThat(after.startDate()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(after.indicatorIds()).containsExactly("IND-1");
        assertThat(after.notes()).hasSize(1);
        assertThat(after.milestones()).hasSize(1);
        assertThat(after.budget()).hasSize(1);
        assertThat(after.history().getLast().by()).isEqualTo(Action.REFERENCE_AUTHOR);
        assertThat(after.history()).extracting(h -> h.field()).contains("title", "leadDirectorates");
    }

    @Test
    void aFileWhoseCodesDoNotNestIsRefused() {
        String broken = shippedText().replace("code: \"1.1.4\"", "code: \"1.2.9\"");

        assertThatThrownBy(() -> RoadmapReferenceFile.read(stream(broken)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2.9");
    }

    @Test
    void anUnknownDirectorateInTheFileIsRefused() {
        String broken = shippedText().replace("leadDirectorates: [DMTA]", "leadDirectorates: [DGS]");

        assertThatThrownBy(() -> RoadmapReferenceFile.read(stream(broken))).hasMessageContaining("DGS");
    }

    private static RoadmapReference.ReferenceAction action(RoadmapReference reference, String code) {
        return reference.actions().stream().filter(a -> a.code().toString().equals(code)).findFirst().orElseThrow();
    }

    static RoadmapReference shipped() {
        return RoadmapReferenceFile.read(stream(shippedText()));
    }

    static String shippedText() {
        try (var in = ReferenceLoadingTest.class.getResourceAsStream("/reference/roadmap-2024-2028.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}
