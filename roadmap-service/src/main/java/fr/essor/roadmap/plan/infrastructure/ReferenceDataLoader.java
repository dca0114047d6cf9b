package fr.essor.roadmap.plan.infrastructure;

import fr.essor.roadmap.plan.application.ReferenceLoading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;

import java.io.IOException;

/** Loads the roadmap's reference file at every start; loading it again changes only what the file changed. */
public class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final ReferenceLoading loading;
    private final Resource file;

    public ReferenceDataLoader(ReferenceLoading loading, Resource file) {
        this.loading = loading;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        ReferenceLoading.Report report = loading.load(RoadmapReferenceFile.read(file.getInputStream()));
        log.info("Roadmap reference {} loaded: {} action(s) added, {} updated, {} unchanged", file.getFilename(),
                report.added(), report.updated(), report.unchanged());
    }
}
