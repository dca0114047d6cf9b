package fr.essor.funding.organisations;

/** JSON bodies of the organisation API. */
final class Bodies {

    private Bodies() {
    }

    static String organisation(String siret, String commune) {
        return """
                {"siret":"%s","name":"Coopérative %s","legalForm":"SCIC","esus":false,"inclusionType":"EI",\
                "communeInsee":"%s"}""".formatted(siret, siret, commune);
    }
}
