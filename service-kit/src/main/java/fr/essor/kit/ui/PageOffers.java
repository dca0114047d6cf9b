package fr.essor.kit.ui;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.WriteRules;
import org.springframework.http.HttpMethod;

/**
 * What the signed-in person may do, asked by a page before it offers a link or a button: a page never offers what
 * would answer 403. Templates read it as {@code ${may.post('/marches')}}; the answer comes from the service's
 * write rules (ADR-0012), the same ones that guard the request.
 */
public final class PageOffers {

    private final Actor actor;
    private final WriteRules rules;

    PageOffers(Actor actor, WriteRules rules) {
        this.actor = actor;
        this.rules = rules;
    }

    /** Whether the person may post to this path of the service (e.g. the form behind « Enregistrer un marché »). */
    public boolean post(String path) {
        return actor != null && rules != null && rules.allows(actor, HttpMethod.POST, path);
    }
}
