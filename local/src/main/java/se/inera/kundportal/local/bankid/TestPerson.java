package se.inera.kundportal.local.bankid;

import java.time.LocalDate;

/**
 * A person who holds a (simulated) Mobile BankID in the simulator's app.
 *
 * @param personalNumber  12-digit personnummer or samordningsnummer, valid but belonging to no real person
 * @param bankIdIssueDate reported as {@code completionData.bankIdIssueDate}
 * @param revoked         a revoked (spärrat) BankID: using it fails the order with {@code certificateErr}
 * @param description     what the person is for, shown to the tester
 */
public record TestPerson(
        String personalNumber,
        String givenName,
        String surname,
        LocalDate bankIdIssueDate,
        boolean revoked,
        String description) {

    public TestPerson {
        if (!OrderRequestParser.isPersonalNumber(personalNumber)) {
            throw new IllegalArgumentException("Not a valid 12-digit personal number: " + personalNumber);
        }
    }

    /** Full name as BankID reports it: given name and surname. */
    public String name() {
        return givenName + " " + surname;
    }
}
