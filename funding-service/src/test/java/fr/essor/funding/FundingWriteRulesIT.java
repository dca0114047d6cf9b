package fr.essor.funding;

import fr.essor.kit.testing.WriteRulesMatrix;

class FundingWriteRulesIT extends WriteRulesMatrix {
}
