package fr.essor.funding.portal.infrastructure;

import fr.essor.funding.portal.application.AntivirusScanner;

/** The embedded default's antivirus: it scans nothing and says so (the page tells the applicant). Never in production. */
public class PassThroughScanner implements AntivirusScanner {

    @Override
    public Verdict scan(byte[] content) {
        return new Clean();
    }

    @Override
    public boolean scans() {
        return false;
    }
}
