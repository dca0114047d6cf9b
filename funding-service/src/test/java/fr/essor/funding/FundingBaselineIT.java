package fr.essor.funding;

import fr.essor.kit.testing.ServiceBaseline;

class FundingBaselineIT extends ServiceBaseline {
}
