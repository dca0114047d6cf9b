package fr.essor.foncier;

import fr.essor.kit.testing.WriteRulesMatrix;

class FoncierWriteRulesIT extends WriteRulesMatrix {
}
