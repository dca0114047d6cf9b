package fr.essor.foncier;

import fr.essor.kit.testing.ServiceBaseline;

class FoncierBaselineIT extends ServiceBaseline {
}
