package fr.essor.procurement;

import fr.essor.kit.testing.ServiceBaseline;

class ProcurementBaselineIT extends ServiceBaseline {
}
