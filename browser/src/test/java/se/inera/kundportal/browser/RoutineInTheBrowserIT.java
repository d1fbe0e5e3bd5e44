package se.inera.kundportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.inera.kundportal.browser.BrowserRun.Run;
import se.inera.kundportal.core.testing.TestData;

/**
 * Issue 12's journey as people do it, in headless Chromium against the local runtime, once in Swedish and once in
 * English (switched with the header's language button, by keyboard, on the start page): apply (keyboard only)
 * → Inera's operator approves → the signatory signs in the simulated BankID app → the administrator signs in with the
 * mailed temporary password, chooses a password, adds an orderer and an attestant → the orderer orders a service with
 * care units (keyboard only) and sees the add-on warning on a second order → the attestant opens the mailed link and
 * attests with the SMS code (keyboard only), and the other order with BankID → the operator records the deliveries →
 * the instructions mail arrives; then the operator's uncertain mails and administrators. On the way the signatory
 * cancels a BankID order once, and sign-in is tried without a password and with a wrong one. Every page and state is
 * audited (axe-core, reflow, the page's language) and photographed; every form is sent once with bad input, and its
 * field errors must stand beside the fields with what was typed kept; after every action focus must not be on body.
 *
 * <p>Elements are found by id, name, label[for], role, href and structure, never by visible text, so that the same
 * walk runs in both languages.
 */
@ExtendWith(BrowserRun.class)
class RoutineInTheBrowserIT {
    static final String OPERATOR_EMAIL = "kundservice@inera.local";
    static final String OPERATOR_PASSWORD = "Kundservice-Lokal-2026!";
    static final String NEW_PASSWORD = "Eget-Losenord-2026!";
    /** The BankID simulator's test persons (local/…/bankid/test-persons.json). */
    static final String SIGNATORY_PERSONNUMMER = "19850101-9817";
    static final String ATTESTANT_PERSONNUMMER = "19121212-1212";
    /** The template's default address of Inera's customer service; the local runtime keeps it. */
    static final String CUSTOMER_SERVICE = "kundservice@inera.se";
    static final String HSA_ID = "SE2321000016-1234";
    static final String INSTRUCTIONS = "Logga in på Webcert med SITHS-kort; Vårdcentral Norr är ansluten.";
    private static final Pattern SIGNING_LINK = Pattern.compile("(/signera/[A-Za-z0-9_-]{22,128})");
    private static final Pattern ATTESTATION_LINK = Pattern.compile("(/attestera/[A-Za-z0-9_-]{22,128})");
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("Tillfälligt lösenord: (\\S+)");

    private Run run;
    private Browser browser;
    private Keyboard keyboard;
    private String state = "start";

    @AfterEach
    void noAccessibilityProblems() {
        if (browser != null) {
            browser.findings.assertNone();
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"sv", "en"})
    void theWholeRoutineAsPeopleDoIt(String language, Run run) {
        this.run = run;
        this.browser = run.browser;
        this.keyboard = new Keyboard(browser, () -> state);
        browser.closeOtherTabs();
        browser.expectLanguage(null);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String organisationsnummer = TestData.organisationsnummer();
        String administrator = "admin-" + suffix + "@region.example.se";
        String signatory = "firmatecknare-" + suffix + "@region.example.se";
        String orderer = "bestallare-" + suffix + "@region.example.se";
        String attestant = "attestant-" + suffix + "@region.example.se";
        String attestantMobile = "+46701234567";

        startPage(language);
        assertThat(apply(organisationsnummer, administrator, signatory)).as("the application id shown").isNotBlank();
        String operator = approve(organisationsnummer);
        sign(signatory);
        administratorAddsPeople(organisationsnummer, administrator, orderer, attestant, attestantMobile);
        int customerServiceMails = run.inbox.mailCount(CUSTOMER_SERVICE);
        order(orderer);
        attest(attestant, attestantMobile);
        deliver(operator, customerServiceMails);
        run.inbox.mail(orderer, text -> text.contains(INSTRUCTIONS));
        run.inbox.mail(administrator, text -> text.contains(INSTRUCTIONS));
        operatorPages(organisationsnummer);
    }

    private void at(String name) {
        state = name;
    }

    /**
     * The start page, audited in the language it opens in; then, when the run is in the other one, the header's
     * language switch by keyboard (Tab to it, Enter): {@code <html lang>} and the h1 must change, and the start page is
     * audited again. From then on every audited page must be in {@code language}; the choice is remembered, so the
     * tabs opened later (each person) open in it.
     */
    private void startPage(String language) {
        at("start");
        browser.open("/");
        String heading = browser.find(By.cssSelector("main h1")).getText();
        browser.audit(state);
        if (!language.equals(browser.language())) {
            keyboard.startPass();
            keyboard.tabTo("#language-switch");
            keyboard.enter();
            browser.until(driver -> language.equals(browser.language()), "the page switched to " + language);
            String switched = browser.find(By.cssSelector("main h1")).getText();
            assertThat(switched).as("the start page's h1 after switching to " + language).isNotBlank().isNotEqualTo(heading);
            assertThat(keyboard.focusedMatches("#language-switch")).as("focus stays on the language switch").isTrue();
            keyboard.endPass("the language switch");
            browser.audit(state);
        }
        browser.expectLanguage(language);
    }

    /** The application form by keyboard only: bad input once (errors beside the fields, input kept), then sent. */
    private String apply(String organisationsnummer, String administrator, String signatory) {
        at("ansok");
        browser.open("/ansok");
        browser.find(By.name("organisation.name"));
        browser.audit(state);
        keyboard.startPass();
        keyboard.fill(name("organisation.name"), "Region Exempel " + organisationsnummer);
        keyboard.fill(name("organisation.organisationsnummer"), "12345");
        keyboard.fill(name("contacts.administrator.mobile"), "inte ett nummer");
        keyboard.tabTo("form button[type=submit]");
        keyboard.enter();
        refused("ansok-fel", By.cssSelector(".error-summary"), By.name("organisation.organisationsnummer"), "12345");
        browser.assertFieldError(state, By.name("contacts.administrator.mobile"), "inte ett nummer");
        browser.assertFieldError(state, By.name("organisation.address.street"), "");

        at("ansok-rattad");
        keyboard.fill(name("organisation.organisationsnummer"), organisationsnummer);
        keyboard.fill(name("organisation.address.street"), "Regionens hus 1");
        keyboard.fill(name("organisation.address.postalCode"), "111 22");
        keyboard.fill(name("organisation.address.city"), "Exempelstad");
        keyboard.tabTo("fieldset .fieldset-tools button");
        keyboard.enter(); // "the same as the organisation's address"
        keyboard.fill(name("invoicing.reference"), "Ref 1234");
        keyboard.fill(name("contacts.administrator.name"), "Alva Administratör");
        keyboard.fill(name("contacts.administrator.email"), administrator);
        keyboard.fill(name("contacts.administrator.mobile"), "0701112233");
        keyboard.fill(name("contacts.signatory.name"), "Anna Andersson");
        keyboard.fill(name("contacts.signatory.personnummer"), SIGNATORY_PERSONNUMMER);
        keyboard.fill(name("contacts.signatory.email"), signatory);
        keyboard.fill(name("contacts.signatory.mobile"), "0702223344");
        keyboard.fill(name("contacts.agreementContact.name"), "Karin Kontakt");
        keyboard.fill(name("contacts.agreementContact.email"), "kontakt-" + signatory);
        keyboard.fill(name("contacts.agreementContact.mobile"), "0703334455");
        keyboard.tabTo("form button[type=submit]");
        keyboard.enter();
        at("ansok-skickad");
        String applicationId = browser.find(By.cssSelector("main .identifier")).getText();
        keyboard.focusKept("the application was sent");
        keyboard.endPass("the application form");
        browser.audit(state);
        return applicationId;
    }

    /** Inera's operator signs in (no MFA locally), opens the application, sends the decision once without a choice, approves. */
    private String approve(String organisationsnummer) {
        at("inera-inloggning");
        String tab = browser.newTab("/inera");
        // A wrong password first (cognito-local checks passwords of confirmed users only, as the operator is).
        signIn(OPERATOR_EMAIL, "Fel-Losenord-2026!");
        at("inera-inloggning-fel");
        browser.find(By.cssSelector("main .form-status .message-error"));
        keyboard.focusKept("a refused sign-in");
        browser.audit(state);
        assertThat(browser.find(By.name("username")).getDomProperty("value")).as("the e-mail kept").isEqualTo(OPERATOR_EMAIL);
        replace(By.name("password"), OPERATOR_PASSWORD);
        submit(By.cssSelector("form"));
        at("inera-ansokningar");
        WebElement application = browser.find(By.xpath("//table//tr[td[normalize-space()='" + organisationsnummer + "']]//a"));
        keyboard.focusKept("the operator signed in");
        browser.audit(state);
        application.click();
        at("inera-ansokan");
        browser.find(By.id("decision-approve"));
        keyboard.focusKept("opening the application");
        browser.audit(state);
        submit(By.cssSelector("section.decision form"));
        refused("inera-ansokan-fel", By.cssSelector("section.decision .error-summary"), By.id("decision-approve"), "true");
        browser.find(By.id("decision-approve")).click();
        submit(By.cssSelector("section.decision form"));
        at("inera-ansokan-beslutad");
        browser.find(By.cssSelector("section.decision .message"));
        keyboard.focusKept("the decision was saved");
        browser.audit(state);
        return tab;
    }

    /** The signatory opens the mailed link, starts BankID and signs in the simulated BankID app. */
    private void sign(String signatory) {
        at("signera");
        String tab = browser.newTab(run.inbox.inMail(signatory, SIGNING_LINK));
        WebElement start = browser.find(By.cssSelector("button.bankid"));
        browser.audit(state);
        start.click();
        at("signera-bankid");
        browser.find(By.cssSelector("canvas.qr"));
        keyboard.focusKept("starting BankID");
        browser.audit(state);
        // Cancelled once by keyboard: the notice takes the focus from the Cancel button, which is gone.
        keyboard.tabTo("#bankid-cancel");
        keyboard.enter();
        at("signera-avbruten");
        browser.find(By.cssSelector(".signing-area .message"));
        keyboard.focusKept("cancelling the BankID order");
        browser.audit(state);
        keyboard.tabTo("button.bankid");
        keyboard.enter();
        at("signera-bankid-igen");
        String token = autoStartToken(browser.find(By.cssSelector("a[href^='bankid:']")));
        browser.find(By.cssSelector("canvas.qr"));
        // The page's own link to the simulator (local mode), opened in a new tab as its target says.
        String simulator = browser.find(By.cssSelector(".local-only a[target='_blank']")).getAttribute("href");
        signInBankIdApp(simulator, token, SIGNATORY_PERSONNUMMER);
        browser.use(tab);
        at("signera-klart");
        browser.find(By.cssSelector(".signing-area .message-success"));
        keyboard.focusKept("signing in the BankID app");
        browser.audit(state);
    }

    /**
     * The administrator signs in with the mailed temporary password, is made to choose a password (a weak one first),
     * sees the readiness panel, and adds an orderer (bad input once) and an attestant through the panel's links.
     */
    private String administratorAddsPeople(String organisationsnummer, String administrator, String orderer,
            String attestant, String attestantMobile) {
        at("logga-in");
        String tab = browser.newTab("/logga-in");
        String temporaryPassword = run.inbox.inMail(administrator, TEMPORARY_PASSWORD);
        signIn(administrator, "");
        refused("logga-in-utan-losenord", By.cssSelector("main .error-summary"), By.name("password"), "");
        assertThat(browser.find(By.name("username")).getDomProperty("value")).isEqualTo(administrator);
        at("logga-in-igen");
        replace(By.name("password"), temporaryPassword);
        submit(By.cssSelector("main form"));
        at("nytt-losenord");
        browser.find(By.name("newPassword")).sendKeys("kort");
        browser.find(By.name("repeatPassword")).sendKeys("kort");
        browser.audit(state);
        submit(By.cssSelector("main form"));
        refused("nytt-losenord-fel", By.cssSelector("main .error-summary"), By.name("newPassword"), "kort");
        replace(By.name("newPassword"), NEW_PASSWORD);
        replace(By.name("repeatPassword"), NEW_PASSWORD);
        submit(By.cssSelector("main form"));

        at("organisation");
        browser.find(By.cssSelector(".readiness .readiness-checks"));
        keyboard.focusKept("the administrator signed in");
        browser.audit(state);
        browser.find(By.cssSelector(".readiness a[href*='/anvandare/ny?roll=ORDERER']")).click();
        at("ny-anvandare");
        browser.find(By.name("name")).sendKeys("Olof Beställare");
        browser.find(By.name("email")).sendKeys("inte-en-adress");
        browser.find(By.name("mobile")).sendKeys("abc");
        browser.audit(state);
        submit(By.cssSelector("main form.form"));
        refused("ny-anvandare-fel", By.cssSelector("main .error-summary"), By.name("email"), "inte-en-adress");
        browser.assertFieldError(state, By.name("mobile"), "abc");
        assertThat(browser.find(By.name("name")).getDomProperty("value")).isEqualTo("Olof Beställare");
        replace(By.name("email"), orderer);
        replace(By.name("mobile"), "+46709998877");
        submit(By.cssSelector("main form.form"));

        at("anvandare");
        browser.find(By.cssSelector("table.members"));
        browser.until(driver -> browser.find(By.cssSelector("table.members")).getText().contains(orderer), "the orderer listed");
        keyboard.focusKept("the orderer was saved");
        browser.audit(state);
        browser.find(By.cssSelector("main a[href$='/anvandare/ny']")).click();
        at("ny-attestant");
        browser.find(By.name("name")).sendKeys("Tolvan Attestant");
        browser.find(By.name("email")).sendKeys(attestant);
        browser.find(By.name("mobile")).sendKeys(attestantMobile);
        browser.find(By.name("personnummer")).sendKeys(ATTESTANT_PERSONNUMMER);
        browser.find(By.cssSelector("input[name=roles][value=ATTESTANT]")).click();
        browser.audit(state);
        submit(By.cssSelector("main form.form"));
        browser.until(driver -> browser.find(By.cssSelector("table.members")).getText().contains(attestant), "the attestant listed");

        at("organisation-redo");
        browser.find(By.cssSelector("nav a[href='/organisation/" + organisationsnummer + "']")).click();
        browser.find(By.cssSelector(".readiness .message-success"));
        browser.audit(state);

        at("kundinformation");
        browser.find(By.cssSelector("nav a[href='/organisation/" + organisationsnummer + "/kundinformation']")).click();
        browser.find(By.name("reference"));
        browser.audit(state);
        replace(By.name("reference"), " ");
        submit(By.cssSelector("main form.form"));
        refused("kundinformation-fel", By.cssSelector("main .error-summary"), By.name("reference"), " ");
        replace(By.name("reference"), "Ref 5678");
        submit(By.cssSelector("main form.form"));
        at("kundinformation-sparad");
        browser.find(By.cssSelector("main .message-success"));
        keyboard.focusKept("the invoicing details were saved");
        browser.audit(state);
        return tab;
    }

    /**
     * The orderer signs in and orders by keyboard only: the service and offering that need care units, bad input
     * once, then every care unit, "all listed", the terms and send; a second order shows the add-on warning.
     */
    private void order(String orderer) {
        at("bestallare-inloggning");
        browser.newTab("/logga-in");
        signIn(orderer, run.inbox.inMail(orderer, TEMPORARY_PASSWORD));
        browser.find(By.name("newPassword")).sendKeys(NEW_PASSWORD);
        browser.find(By.name("repeatPassword")).sendKeys(NEW_PASSWORD);
        submit(By.cssSelector("main form"));
        browser.find(By.cssSelector(".readiness .readiness-checks"));

        at("bestall");
        keyboard.startPass();
        chooseWebcert();
        at("bestall-formular");
        browser.find(By.id("hsa-0"));
        browser.audit(state);
        keyboard.fill("#hsa-0", "inte ett hsa-id");
        keyboard.fill("#unit-0", "Vårdcentral Norr");
        keyboard.tabTo("main form button[type=submit]");
        keyboard.enter();
        refused("bestall-fel", By.cssSelector("main form .error-summary"), By.id("hsa-0"), "inte ett hsa-id");
        at("bestall-rattad");
        keyboard.fill("#hsa-0", HSA_ID);
        keyboard.tabTo("#all-listed");
        keyboard.space();
        keyboard.tabTo("#terms");
        keyboard.space();
        keyboard.tabTo("main form button[type=submit]");
        keyboard.enter();
        at("bestall-skickad");
        browser.find(By.cssSelector("main .message-success a[href='/bestallningar']"));
        keyboard.focusKept("the order was sent");
        browser.audit(state);

        at("bestall-tillagg");
        chooseWebcert();
        browser.find(By.id("add-on"));
        browser.audit(state);
        keyboard.fill("#hsa-0", "SE2321000016-5678");
        keyboard.fill("#unit-0", "Vårdcentral Syd");
        keyboard.tabTo("#add-on");
        keyboard.space();
        keyboard.tabTo("#terms");
        keyboard.space();
        keyboard.tabTo("main form button[type=submit]");
        keyboard.enter();
        at("bestall-tillagg-skickad");
        browser.find(By.cssSelector("main .message-success a[href='/bestallningar']"));
        keyboard.focusKept("the add-on order was sent");

        at("bestallningar");
        keyboard.tabTo("a[href='/bestallningar']");
        keyboard.enter();
        browser.until(driver -> browser.findAll(By.cssSelector("main table tbody tr")).size() == 2, "the two orders listed");
        keyboard.focusKept("opening the orders");
        keyboard.endPass("the order flow");
        browser.audit(state);
    }

    /** From anywhere: Beställ in the menu, the service Intygstjänster, the offering Webcert Fristående (keyboard only). */
    private void chooseWebcert() {
        keyboard.tabTo("a[href='/bestall']");
        keyboard.enter();
        browser.find(By.cssSelector("main ul.choices button"));
        browser.audit(state + "-tjanst");
        keyboard.tabTo("main ul.choices > li:nth-child(" + Catalogue.position("intygstjanster") + ") > button");
        keyboard.enter();
        browser.until(driver -> browser.findAll(By.cssSelector("main ul.choices > li")).size()
                == Catalogue.orderableOfferings("intygstjanster"), "the offerings of intygstjanster");
        browser.audit(state + "-erbjudande");
        keyboard.tabTo("main ul.choices > li:nth-child(" + Catalogue.offeringPosition("intygstjanster", "webcert-fristaende")
                + ") > button");
        keyboard.enter();
        browser.find(By.id("hsa-0"));
        browser.find(By.cssSelector("main form h3")); // the price of the first quote
    }

    /**
     * The attestant opens the first mailed link (not signed in), asks for the code, tries a wrong one and attests
     * with the SMS code, all by keyboard; the second order with BankID in the simulated app.
     */
    private void attest(String attestant, String attestantMobile) {
        List<String> links = run.inbox.allInMails(attestant, ATTESTATION_LINK, 2);
        at("attestera");
        browser.newTab(links.get(0));
        browser.find(By.id("attest-code"));
        browser.audit(state);
        keyboard.startPass();
        List<String> earlier = run.inbox.smsIds(attestantMobile);
        keyboard.tabTo("main section > p > button[class='button']");
        keyboard.enter();
        String code = run.inbox.smsCode(attestantMobile, earlier);
        at("attestera-kod-skickad");
        browser.find(By.cssSelector("main .message-success"));
        keyboard.focusKept("asking for the SMS code");
        browser.audit(state);
        keyboard.fill("#attest-code", "12");
        keyboard.tabTo("main form button[type=submit]");
        keyboard.enter();
        refused("attestera-fel", By.cssSelector("main .error-summary"), By.id("attest-code"), "12");
        at("attestera-rattad");
        keyboard.fill("#attest-code", code);
        keyboard.tabTo("main form button[type=submit]");
        keyboard.enter();
        at("attesterad");
        browser.until(driver -> !browser.present(By.id("attest-code")), "the attestation done");
        browser.find(By.cssSelector("main .message-success"));
        keyboard.focusKept("attesting with the SMS code");
        keyboard.endPass("the attestation page");
        browser.audit(state);

        at("attestera-bankid");
        String tab = browser.newTab(links.get(1));
        browser.find(By.cssSelector("main button.bankid")).click();
        String token = autoStartToken(browser.find(By.cssSelector("main a[href^='bankid:']")));
        browser.find(By.cssSelector("main canvas.qr"));
        browser.audit(state);
        signInBankIdApp(run.runtime.endpoints().bankIdApp().toString(), token, ATTESTANT_PERSONNUMMER);
        browser.use(tab);
        at("attesterad-bankid");
        browser.until(driver -> !browser.present(By.cssSelector("main button.bankid")), "the BankID attestation done");
        browser.find(By.cssSelector("main .message-success"));
        keyboard.focusKept("attesting with BankID");
        browser.audit(state);
    }

    /**
     * The operator (still signed in in their tab) records both deliveries, the first once with no instructions.
     * Customer service had {@code mailsBefore} mails before the orders; it is mailed about each attested one.
     */
    private void deliver(String operatorTab, int mailsBefore) {
        run.inbox.awaitMails(CUSTOMER_SERVICE, mailsBefore + 2);
        browser.use(operatorTab);
        at("inera-leveranser");
        browser.open("/inera/leveranser");
        browser.until(driver -> browser.findAll(By.cssSelector("form.delivery")).size() == 2, "two orders to deliver");
        browser.audit(state);
        submit(By.cssSelector("form.delivery"));
        refused("inera-leveranser-fel", By.cssSelector("main .error-summary"),
                By.cssSelector("form.delivery textarea[name=accessInstructions]"), "");
        for (int delivered = 0; delivered < 2; delivered++) {
            WebElement form = browser.find(By.cssSelector("form.delivery:has(textarea)"));
            form.findElement(By.name("accessInstructions")).sendKeys(INSTRUCTIONS);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            int remaining = 1 - delivered;
            browser.until(driver -> browser.findAll(By.cssSelector("form.delivery textarea")).size() == remaining,
                    "the delivery recorded");
            keyboard.focusKept("recording a delivery");
        }
        at("inera-levererat");
        browser.audit(state);
    }

    /**
     * The operator's other pages, through the links under every operator page: the uncertain mails, and the
     * administrators of an organisation — looked up once with a malformed organisationsnummer (the error beside the
     * input, what was typed kept), then the journey's; the form to add an administrator is sent once with bad input.
     */
    private void operatorPages(String organisationsnummer) {
        at("inera-utskick");
        browser.find(By.cssSelector("nav.operator-links a[href='/inera/utskick']")).click();
        browser.find(By.cssSelector("main h2"));
        browser.until(driver -> !browser.present(By.cssSelector("main .working")), "the uncertain mails loaded");
        keyboard.focusKept("opening the uncertain mails");
        browser.audit(state);

        at("inera-administratorer");
        browser.find(By.cssSelector("nav.operator-links a[href='/inera/administratorer']")).click();
        browser.find(By.id("organisationsnummer")).sendKeys("12345");
        keyboard.focusKept("opening the administrators");
        browser.audit(state);
        submit(By.cssSelector("main form[role=search]"));
        refused("inera-administratorer-fel", By.cssSelector("main .error-summary"), By.id("organisationsnummer"), "12345");
        at("inera-administratorer-organisation");
        replace(By.id("organisationsnummer"), organisationsnummer);
        submit(By.cssSelector("main form[role=search]"));
        browser.find(By.cssSelector("main ul.administrators button"));
        keyboard.focusKept("looking up the administrators");
        browser.audit(state);
        WebElement add = browser.find(By.cssSelector("main form[aria-labelledby=add-administrator-heading]"));
        add.findElement(By.name("name")).sendKeys("Ny Administratör");
        add.findElement(By.name("email")).sendKeys("inte-en-adress");
        add.findElement(By.name("mobile")).sendKeys("0701234567");
        submit(By.cssSelector("main form[aria-labelledby=add-administrator-heading]"));
        refused("inera-ny-administrator-fel", By.cssSelector("main section .error-summary"),
                By.cssSelector("main form[aria-labelledby=add-administrator-heading] [name=email]"), "inte-en-adress");
        assertThat(browser.find(By.cssSelector("main form[aria-labelledby=add-administrator-heading] [name=name]"))
                .getDomProperty("value")).isEqualTo("Ny Administratör");
    }

    /**
     * The simulated BankID app in a tab of its own: the order opened with the autostart token (as "open BankID on
     * this device" does), the person chosen, the signature confirmed; the tab is closed again.
     */
    private void signInBankIdApp(String appUrl, String token, String personnummer) {
        String app = browser.newTab(appUrl);
        browser.find(By.id("code")).sendKeys(token);
        browser.find(By.xpath("//form[.//textarea[@id='code']]//button[@type='submit']")).click();
        browser.find(By.cssSelector("input[name=personalNumber][value='" + personnummer.replace("-", "") + "']")).click();
        browser.find(By.cssSelector("form[action$='/identify'] button[type=submit]")).click();
        browser.find(By.cssSelector("form[action$='/confirm'] button[type=submit]")).click();
        browser.find(By.cssSelector("h2.ok"));
        browser.screenshot("bankid-app-" + personnummer);
        browser.use(app);
        browser.driver.close();
    }

    private static String autoStartToken(WebElement openHere) {
        String href = openHere.getAttribute("href");
        java.util.regex.Matcher matcher = Pattern.compile("autostarttoken=([^&]+)").matcher(href);
        assertThat(matcher.find()).as(href).isTrue();
        return java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private void replace(By input, String text) {
        WebElement control = browser.find(input);
        control.clear();
        control.sendKeys(text);
    }

    /**
     * After a form was sent with bad input: state {@code name}, where {@code shown} appears; the page is audited and
     * the input {@code field} must keep {@code typed} with its error tied to it.
     */
    private void refused(String name, By shown, By field, String typed) {
        at(name);
        browser.find(shown);
        keyboard.focusKept("the form was refused");
        browser.audit(state);
        browser.assertFieldError(state, field, typed);
    }

    /** The sign-in form of /inera and /logga-in: e-mail and password, sent. */
    private void signIn(String email, String password) {
        browser.find(By.name("username")).sendKeys(email);
        browser.find(By.name("password")).sendKeys(password);
        browser.audit(state);
        submit(By.cssSelector("form"));
    }

    /** Presses the submit button of the form {@code form}. */
    private void submit(By form) {
        browser.find(form).findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static String name(String name) {
        return "[name=\"" + name + "\"]";
    }
}
