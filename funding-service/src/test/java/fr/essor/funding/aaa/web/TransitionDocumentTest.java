package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.domain.WorkflowAction;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TransitionDocumentTest {

    @Test
    void theDocumentOffersExactlyTheStepsTheTransitionsApiRecords() throws NoSuchFieldException {
        Schema action = ApplicationRequests.Transition.class.getDeclaredField("action").getAnnotation(Schema.class);

        assertThat(action.allowableValues()).as("a vote, an agreement or a payment is recorded elsewhere (409)")
                .containsExactlyInAnyOrder(Arrays.stream(WorkflowAction.values())
                        .filter(step -> step.recordedThrough() == WorkflowAction.RecordedThrough.INSTRUCTION)
                        .map(Enum::name).toArray(String[]::new));
    }
}
