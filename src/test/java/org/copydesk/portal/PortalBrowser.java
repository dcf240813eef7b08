package org.copydesk.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.copydesk.it.CopydeskServer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium (Debian's, driven through its chromedriver) signed in to the portal through Keycloak's login
 * form as one of the demo users.
 */
public final class PortalBrowser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("copydesk.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("copydesk.it.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final CopydeskServer server;

    private PortalBrowser(CopydeskServer server, String language) {
        this.server = server;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1000",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A browser whose person has signed in to the portal and landed on their inbox. */
    public static PortalBrowser signedInAs(CopydeskServer server, String user) {
        return signedInAs(server, user, "en-GB");
    }

    public static PortalBrowser signedInAs(CopydeskServer server, String user, String language) {
        PortalBrowser browser = new PortalBrowser(server, language);
        try {
            browser.driver.get(server.baseUri().resolve("/portal/").toString());
            browser.await(By.id("username")).sendKeys(user);
            browser.driver.findElement(By.id("password")).sendKeys(user);
            browser.driver.findElement(By.id("kc-login")).click();
            browser.await(By.id("user"));
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String portalPath) {
        driver.get(server.baseUri().resolve("/portal/" + portalPath).toString());
        await(By.id("user"));
    }

    public WebElement await(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks something that submits the whole page, and waits until the next page has replaced it. */
    public void clickAndWaitForPage(WebElement element) {
        WebElement body = driver.findElement(By.tagName("body"));
        element.click();
        awaitGone(body);
        await(By.id("user"));
    }

    /** Types keys (Enter in a search box) that submit the whole page, and waits for the next page. */
    void clickAndWaitForPage(WebElement element, CharSequence keys) {
        WebElement body = driver.findElement(By.tagName("body"));
        element.sendKeys(keys);
        awaitGone(body);
        await(By.id("user"));
    }

    /**
     * Waits until the element has left the document. While the next page loads, Chromium may answer a question
     * about it with "does not belong to the document" rather than a stale reference: that is gone, too.
     */
    private void awaitGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException leaving) {
                return String.valueOf(leaving.getMessage()).contains("does not belong to the document");
            }
        });
    }

    /** Presses a key on the page itself (a shortcut) that submits the whole page, and waits for the next page. */
    void pressAndWaitForPage(CharSequence key) {
        WebElement body = driver.findElement(By.tagName("body"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
        awaitGone(body);
        await(By.id("user"));
    }

    /** Clicks an ajax button and waits until the element it replaces has been replaced. */
    public void clickAndWaitForUpdate(WebElement element, By replaced) {
        WebElement before = driver.findElement(replaced);
        element.click();
        awaitGone(before);
        await(replaced);
    }

    public String text(By locator) {
        return await(locator).getText();
    }

    public List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    Object script(String script) {
        return driver.executeScript(script);
    }

    URI currentUri() {
        return URI.create(driver.getCurrentUrl());
    }

    /** Saves what the browser shows, for the README, under the build's screenshot folder. */
    public void screenshot(String name) {
        Path folder = Path.of(System.getProperty("copydesk.it.workdir", "target"), "screenshots");
        try {
            Files.createDirectories(folder);
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
