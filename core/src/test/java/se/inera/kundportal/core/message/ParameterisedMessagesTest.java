package se.inera.kundportal.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A message that names a value tells the reader the value it was given (the organisation, the limit, the status),
 * not a fixed text: what a user or operator sees must say which one and how many.
 */
class ParameterisedMessagesTest {
    private static final String ORGANISATION = "232100-0016";

    @Test
    void messagesAboutAnOrganisationNameIt() {
        assertThat(Messages.alreadyCustomer(ORGANISATION)).contains(ORGANISATION).contains("redan kund");
        assertThat(Messages.applicationInProgress(ORGANISATION)).contains(ORGANISATION).contains("behandlas");
        assertThat(CustomerMessages.notCustomer(ORGANISATION)).contains(ORGANISATION).contains("inte kund");
        assertThat(CustomerMessages.alreadyRegistered(ORGANISATION)).contains(ORGANISATION).contains("redan");
        assertThat(CustomerMessages.registeredMeanwhile(ORGANISATION)).contains(ORGANISATION).contains("under tiden");
        assertThat(CustomerMessages.notAdministratorOf(ORGANISATION)).contains(ORGANISATION);
    }

    @Test
    void statusMessagesNameTheStatusesInvolved() {
        assertThat(Messages.applicationCannotMove("APPROVED", "REJECTED")).contains("APPROVED", "REJECTED");
        assertThat(Messages.applicationCannotBecomeCustomer("REJECTED")).contains("REJECTED");
        assertThat(Messages.agreementCannotMove("SIGNED", "CANCELLED")).contains("SIGNED", "CANCELLED");
        assertThat(Messages.orderAwaitingAttestationCannotMove("DELIVERED")).contains("DELIVERED");
        assertThat(Messages.unknownStatus("SUBMITTED, APPROVED")).contains("SUBMITTED, APPROVED");
        assertThat(Messages.agreementTextMissing("2026-01")).contains("2026-01");
    }

    @Test
    void limitsAreToldWithTheirNumber() {
        assertThat(OrderMessages.tooLong(500)).contains("500");
        assertThat(OrderMessages.tooManyCareUnits(200)).contains("200");
        assertThat(OrderMessages.idempotencyKeyInvalid(64)).contains("64");
        assertThat(OrderMessages.smsWrongCode(3)).contains("3 försök kvar");
        assertThat(OrderMessages.smsTooManyCodes(5)).contains("5 koder");
    }

    @Test
    void orderFormMessagesNameTheCareUnitServiceAndOffering() {
        assertThat(OrderMessages.careUnitListedTwice("SE2321000016-1234")).contains("SE2321000016-1234");
        assertThat(OrderMessages.offeringNotInService("Intygstjänster")).contains("Intygstjänster");
        assertThat(OrderMessages.recurringFeeLine("Webcert", "per år", true))
                .isEqualTo("Löpande avgift per år per vårdenhet: Webcert");
        assertThat(OrderMessages.recurringFeeLine("Webcert", "per år", false)).isEqualTo("Löpande avgift per år: Webcert");
    }

    @Test
    void theSmsCarriesTheCodeAndWhatItAttests() {
        assertThat(OrderMessages.oneTimeCodeSms("123456", "Webcert fristående"))
                .contains("123456").contains("Webcert fristående");
    }
}
