package fr.essor.funding.aaa.web;

import java.util.Map;

/**
 * What an instructor typed in the form of one instruction step, shown again when the step is refused. The
 * application page holds one form per step open to the reader: each form's fields carry the step's code in their
 * ids ({@code reason-REJECT}), so a refusal flags and refills only the form that was sent.
 */
public record StepTyped(String code, String reason, String amount, String decisionReference, String decidedOn) {

    /** The domain's field names as the fields of step {@code code} are named on the page. */
    static Map<String, String> fieldNames(String code) {
        return Map.of("reason", "reason-" + code, "decisionReference", "decisionReference-" + code,
                "decidedOn", "decidedOn-" + code, "amount", "amount-" + code);
    }

    /** What was typed in field {@code field} of the form of step {@code step}, or nothing for another form. */
    public String typed(String step, String field) {
        if (!code.equals(step)) {
            return "";
        }
        return switch (field) {
            case "reason" -> reason;
            case "amount" -> amount;
            case "decisionReference" -> decisionReference;
            case "decidedOn" -> decidedOn;
            default -> "";
        };
    }
}
