package fr.essor.foncier.intermediation.domain;

/**
 * Why a step was refused: the field at fault ({@code step} for a step that the stage does not allow), a stable code
 * for API clients and a French message.
 */
public record Refusal(String field, String code, String message) {

    static Refusal step(String code, String message) {
        return new Refusal("step", code, message);
    }
}
