package fr.essor.foncier.premises.domain;

/** The surfaces a need accepts, in whole square metres, bounds included. */
public record SurfaceRange(int min, int max) {

    public SurfaceRange {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("Invalid surface range " + min + "-" + max);
        }
    }

    public boolean contains(int surface) {
        return surface >= min && surface <= max;
    }
}
