package se.inera.kundportal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, through Debian's chromedriver: both paths are given to Selenium, so Selenium Manager
 * never looks for (or downloads) a browser or a driver. A missing browser fails the run with what to install.
 */
final class Chromium {
    private Chromium() {
    }

    private static final Path BROWSER = Path.of(System.getProperty("kundportal.browser.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("kundportal.browser.chromedriver", "/usr/bin/chromedriver"));

    /** Fails (never skips) when the browser or the driver is missing, saying what to install. */
    static void requireInstalled() {
        for (Path needed : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException("The browser tests need " + needed + ", which is missing: install "
                        + "Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver; "
                        + ".ci/run does that on a fresh machine).");
            }
        }
    }

    static ChromeDriver start(Path profile) {
        requireInstalled();
        Path browser = BROWSER;
        Path driver = DRIVER;
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=sv-SE",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return chrome;
    }
}
