package fr.essor.ops;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** ops/grafana: the provisioned datasource and dashboards Grafana loads at start (docker-compose.yml mounts them). */
class GrafanaProvisioningTest {

    private final Path root = Repository.root();
    private final OpsQueries ops = new OpsQueries(root);

    @Test
    @SuppressWarnings("unchecked")
    void dashboardsParseAndEveryPanelQueriesTheProvisionedPrometheus() {
        Map<String, Object> datasources = OpsQueries.yaml(root.resolve("ops/grafana/provisioning/datasources/prometheus.yml"));
        Map<String, Object> prometheus = ((List<Map<String, Object>>) datasources.get("datasources")).getFirst();
        assertThat(prometheus).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");

        List<Path> dashboards = ops.dashboardFiles();
        assertThat(dashboards).hasSizeGreaterThanOrEqualTo(2);
        Set<String> uids = new HashSet<>();
        for (Path file : dashboards) {
            JsonNode dashboard = OpsQueries.json(file);
            assertThat(uids.add(dashboard.path("uid").asString())).as("unique uid in %s", file).isTrue();
            assertThat(dashboard.path("title").asString()).as("title of %s", file).isNotBlank();
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : dashboard.path("panels")) {
                assertThat(ids.add(panel.path("id").asInt())).as("unique panel id %s in %s", panel.path("id"), file)
                        .isTrue();
                if (!panel.path("type").asString().equals("row")) {
                    assertThat(panel.path("datasource").path("uid").asString()).as(panel.path("title").asString())
                            .isEqualTo(prometheus.get("uid"));
                    assertThat(panel.path("targets")).as(panel.path("title").asString()).isNotEmpty();
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void dashboardProviderReadsTheDirectoryComposeMounts() {
        Map<String, Object> provisioning = OpsQueries.yaml(root.resolve("ops/grafana/provisioning/dashboards/essor.yml"));
        Map<String, Object> provider = ((List<Map<String, Object>>) provisioning.get("providers")).getFirst();
        String path = (String) ((Map<String, Object>) provider.get("options")).get("path");

        List<String> grafanaVolumes = DockerComposeTest.volumes(DockerComposeTest.compose(root), "grafana");

        assertThat(grafanaVolumes).contains("./ops/grafana/dashboards:" + path + ":ro",
                "./ops/grafana/provisioning:/etc/grafana/provisioning:ro");
    }
}
