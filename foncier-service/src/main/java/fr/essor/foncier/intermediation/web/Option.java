package fr.essor.foncier.intermediation.web;

/** One option of a select, radio or checkbox group: the value sent and its French label. */
record Option(String value, String label) {
}
