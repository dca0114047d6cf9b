package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.CallDefinition;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;

import java.time.Clock;

/** Setting up and changing the editions of the Appel à Agir: the DMTA's, the DIEESS's and administrators' business. */
public class CallSetup {

    private final Calls calls;
    private final Clock clock;

    public CallSetup(Calls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    public sealed interface Result {
    }

    public record Done(Call.Outcome outcome) implements Result {
    }

    public record AlreadyDefined(int year) implements Result {
    }

    public record Unknown(int year) implements Result {
    }

    public record Forbidden(String reason) implements Result {
    }

    public static boolean maySetUp(Actor actor) {
        return actor.hasAnyRole(Role.DMTA, Role.DIEESS, Role.ADMIN);
    }

    public Result define(CallDefinition definition, Actor actor) {
        if (!maySetUp(actor)) {
            return forbidden();
        }
        if (calls.find(definition.year()).isPresent()) {
            return new AlreadyDefined(definition.year());
        }
        Call.Outcome outcome = Call.define(definition, actor.username(), clock.instant());
        if (outcome instanceof Call.Defined defined) {
            try {
                calls.add(defined.call());
            } catch (Calls.AlreadyDefinedException raced) {
                return new AlreadyDefined(definition.year());
            }
        }
        return new Done(outcome);
    }

    public Result redefine(int year, CallDefinition definition, Actor actor) {
        if (!maySetUp(actor)) {
            return forbidden();
        }
        return calls.find(year).<Result>map(call -> {
            Call.Outcome outcome = call.redefine(definition, actor.username(), clock.instant());
            if (outcome instanceof Call.Defined defined) {
                calls.save(defined.call(), call.version());
            }
            return new Done(outcome);
        }).orElseGet(() -> new Unknown(year));
    }

    private static Forbidden forbidden() {
        return new Forbidden("Seules la DMTA, la DIEESS et l'administration paramètrent les appels.");
    }
}
