package se.inera.kundportal.local.onboarding;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import se.inera.kundportal.core.application.SubmitApplicationCommand.AddressInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.ContactInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.InvoicingInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.OrganisationInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand.SignatoryInput;
import se.inera.kundportal.core.application.SubmitApplicationCommand;

/**
 * Customer applications for the workflow tests: each with its own organisationsnummer and its own
 * e-mail addresses, because the SES stand-in is shared by every test and read by recipient.
 */
record Applicants(String organisationsnummer, String administratorEmail, String signatoryEmail,
                  String agreementContactEmail) {
    /** Tolvan Tolvansson, Skatteverket's well-known test personnummer. */
    static final String SIGNATORY_PERSONNUMMER = "19121212-1212";
    static final String SIGNATORY_NAME = "Tolvan Tolvansson";

    static Applicants unique() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return new Applicants(limitedCompanyNumber(), "admin-" + tag + "@example.se",
                "signatory-" + tag + "@example.se", "contact-" + tag + "@example.se");
    }

    SubmitApplicationCommand application() {
        AddressInput address = new AddressInput("Storgatan 1", "111 22", "Stockholm");
        return new SubmitApplicationCommand(
                new OrganisationInput("Vårdbolaget <Test> & Co AB", organisationsnummer, address),
                new InvoicingInput(address, "Ref 4711", null, null),
                new ContactInput("Anna Administratör", administratorEmail, "070-123 45 67"),
                new SignatoryInput(SIGNATORY_NAME, signatoryEmail, "0701234568", SIGNATORY_PERSONNUMMER),
                new ContactInput("Kim Kontakt", agreementContactEmail, "0701234569"));
    }

    /** A random valid organisationsnummer of a limited company: 556NNN-NNNC with a Luhn check digit. */
    private static String limitedCompanyNumber() {
        String nine = "556" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int digit = nine.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        int check = (10 - sum % 10) % 10;
        return nine.substring(0, 6) + "-" + nine.substring(6) + check;
    }
}
