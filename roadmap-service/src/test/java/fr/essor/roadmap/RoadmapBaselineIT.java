package fr.essor.roadmap;

import fr.essor.kit.testing.ServiceBaseline;

class RoadmapBaselineIT extends ServiceBaseline {
}
