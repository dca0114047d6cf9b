package fr.essor.kit.reference;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartementTest {

    @Test
    void aSiretWithAWrongChecksumStopsTheServiceFromStarting() {
        // the value the SCDL export used to publish: SIREN 229300082 with a NIC whose Luhn checksum fails
        assertThatThrownBy(() -> Departement.configured("Département de la Seine-Saint-Denis", "22930008200012"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("essor.departement.siret")
                .hasMessageContaining("22930008200012");
        assertThatThrownBy(() -> Departement.configured("Département de la Seine-Saint-Denis", "229300082"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKitDefaultNamesTheDepartementWithAValidSiret() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/essor-kit-defaults.properties")) {
            defaults.load(in);
        }
        Departement departement = Departement.configured(defaults.getProperty("essor.departement.name"),
                defaults.getProperty("essor.departement.siret"));

        assertThat(departement.name()).isEqualTo("Département de la Seine-Saint-Denis");
        assertThat(departement.siret().value()).startsWith("229300082");
    }
}
