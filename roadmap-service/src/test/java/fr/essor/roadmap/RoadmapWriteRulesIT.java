package fr.essor.roadmap;

import fr.essor.kit.testing.WriteRulesMatrix;

class RoadmapWriteRulesIT extends WriteRulesMatrix {
}
