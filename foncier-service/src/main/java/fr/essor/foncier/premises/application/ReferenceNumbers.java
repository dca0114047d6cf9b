package fr.essor.foncier.premises.application;

/** Gives needs and offers references people can read out on the phone: {@code BESOIN-2026-0012}. */
public interface ReferenceNumbers {

    /** The next number of a series (e.g. {@code BESOIN-2026}), starting at 1. */
    long next(String series);
}
