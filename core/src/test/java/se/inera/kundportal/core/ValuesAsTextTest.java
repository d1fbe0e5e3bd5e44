package se.inera.kundportal.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.application.ApplicationId;
import se.inera.kundportal.core.catalogue.BillingPeriod;
import se.inera.kundportal.core.catalogue.OfferingId;
import se.inera.kundportal.core.catalogue.ServiceId;
import se.inera.kundportal.core.message.CustomerMessages;
import se.inera.kundportal.core.order.OrderId;
import se.inera.kundportal.core.organisation.HsaId;
import se.inera.kundportal.core.organisation.LegalFormGroup;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.person.EmailAddress;
import se.inera.kundportal.core.person.MobileNumber;
import se.inera.kundportal.core.user.Role;

/**
 * What a value reads as where it is written out: an identifier's text is its value alone (it goes into URLs, table
 * keys, mails and logs by string concatenation), and the names the pages and mails show are the Swedish ones.
 */
class ValuesAsTextTest {

    @Test
    void anIdentifierReadsAsItsValueAlone() {
        assertThat(new OrderId("7f9c")).hasToString("7f9c");
        assertThat(new ApplicationId("app-1")).hasToString("app-1");
        assertThat(new OfferingId("webcert-fristaende")).hasToString("webcert-fristaende");
        assertThat(new ServiceId("intygstjanster")).hasToString("intygstjanster");
        assertThat(HsaId.parse("SE2321000016-1003")).hasToString("SE2321000016-1003");
        assertThat(MobileNumber.parse("070-123 45 67")).hasToString("+46701234567");
        assertThat(EmailAddress.parse("anna@region.se")).hasToString("anna@region.se");
    }

    @Test
    void rolesBillingPeriodsAndLegalFormsHaveTheirSwedishNames() {
        assertThat(Role.ADMINISTRATOR.swedishName()).isEqualTo("Administratör");
        assertThat(Role.AGREEMENT_CONTACT.swedishName()).isEqualTo("Kontaktperson för avtalet");
        assertThat(BillingPeriod.MONTHLY.swedishName()).isEqualTo("per månad");
        LegalFormGroup publicSector = Organisationsnummer.parse("232100-0016").legalFormGroup();
        assertThat(publicSector).isEqualTo(LegalFormGroup.PUBLIC_SECTOR);
        assertThat(publicSector.digit()).isEqualTo(2);
        assertThat(publicSector.swedishName()).isEqualTo(CustomerMessages.LEGAL_FORM_PUBLIC_SECTOR);
    }
}
