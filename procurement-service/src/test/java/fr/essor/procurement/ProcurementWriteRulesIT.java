package fr.essor.procurement;

import fr.essor.kit.testing.WriteRulesMatrix;

class ProcurementWriteRulesIT extends WriteRulesMatrix {
}
