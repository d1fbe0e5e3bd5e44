package se.inera.kundportal.core.order;

import java.util.List;
import java.util.Objects;

import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;

/**
 * The order form as sent. The organisation and orderer come from the URL and the login, already
 * typed; the rest is raw input, validated by {@link OrderForm} with the field paths given below.
 *
 * @param serviceId                        {@code serviceId}
 * @param offeringId                       {@code offeringId}
 * @param careUnits                        {@code careUnits[i].hsaId}, {@code careUnits[i].name}
 * @param acceptedTermsVersion             {@code acceptedTermsVersion}: the terms version the orderer read
 *                                         and accepted; must equal the offering's current one
 * @param allCareUnitsListed               {@code allCareUnitsListed}: confirmation required on the first
 *                                         order of an offering that must list all care units
 * @param acknowledgesAdditionalStartupFee {@code acknowledgesAdditionalStartupFee}: confirmation required
 *                                         on an add-on order
 */
public record PlaceOrderCommand(Organisationsnummer organisation, UserId orderer, String serviceId, String offeringId,
                                List<CareUnitInput> careUnits, String acceptedTermsVersion, boolean allCareUnitsListed,
                                boolean acknowledgesAdditionalStartupFee) {
    public PlaceOrderCommand {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(orderer, "orderer");
        careUnits = careUnits == null ? List.of() : List.copyOf(careUnits);
    }

    public record CareUnitInput(String hsaId, String name) {
    }
}
