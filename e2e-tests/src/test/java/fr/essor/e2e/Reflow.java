package fr.essor.e2e;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reflow (WCAG 1.4.10, RGAA 10.11): at 320 CSS px of width the page shows everything without scrolling sideways.
 * A wide table may scroll inside its own wrapper, never the page. Fails naming the elements whose right edge passes
 * the viewport outside any such scrolling container.
 */
final class Reflow {

    static final int NARROW = 320;

    /** The elements sticking out of the viewport's width, not clipped by a scrolling ancestor that fits. */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px) « '
                + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) + ' »';
            const clipped = e => {
                for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    const overflow = getComputedStyle(p).overflowX;
                    if (overflow !== 'visible' && overflow !== 'clip' && p.getBoundingClientRect().right <= width + 0.5) {
                        return true;
                    }
                }
                return false;
            };
            const past = e => { const box = e.getBoundingClientRect(); return box.width > 0 && box.right > width + 0.5; };
            const all = [...document.body.querySelectorAll('*')];
            let offenders = all.filter(e => past(e) && !clipped(e));
            // an absolutely positioned element escapes a scrolling ancestor that is not positioned: name them all then
            if (offenders.length === 0) {
                offenders = all.filter(e => past(e) && getComputedStyle(e).position !== 'static');
            }
            return [document.documentElement.scrollWidth, width, window.innerWidth,
                offenders.slice(0, 15).map(describe)];
            """;

    private Reflow() {
    }

    /** Narrows the window to a viewport of 320 CSS px, checks the page, then gives the window its size back. */
    static void assertNoSidewaysScroll(Browser browser, String page) {
        WebDriver driver = browser.driver();
        Dimension wide = driver.manage().window().getSize();
        try {
            narrowTo(driver, NARROW);
            browser.screenshot("reflow-" + page.replaceAll("[^a-zA-Z0-9]+", "-"));
            List<?> measured = (List<?>) ((JavascriptExecutor) driver).executeScript(OVERFLOW);
            long scrollWidth = ((Number) measured.get(0)).longValue();
            long clientWidth = ((Number) measured.get(1)).longValue();
            long viewport = ((Number) measured.get(2)).longValue();
            assertThat(viewport).as("the viewport's width for %s", page).isEqualTo(NARROW);
            assertThat(scrollWidth).as("%s at %d CSS px scrolls sideways (content %d px wide, %d px shown); "
                            + "what sticks out:%n%s", page, NARROW, scrollWidth, clientWidth,
                    String.join(System.lineSeparator(), ((List<?>) measured.get(3)).stream().map(o -> "- " + o).toList()))
                    .isLessThanOrEqualTo(clientWidth);
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    /** The window holds more than its viewport (a frame in some modes): size it so that the viewport is as asked. */
    private static void narrowTo(WebDriver driver, int viewport) {
        driver.manage().window().setSize(new Dimension(viewport, 800));
        long inner = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
        if (inner != viewport) {
            driver.manage().window().setSize(new Dimension((int) (2 * viewport - inner), 800));
        }
    }
}
