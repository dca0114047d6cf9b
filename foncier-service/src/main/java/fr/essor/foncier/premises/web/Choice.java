package fr.essor.foncier.premises.web;

/** One option of a select or one checkbox of a group on the premises forms: the value sent and its French label. */
record Choice(String value, String label) {
}
