package se.inera.kundportal.core.order;

import java.util.List;

import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;

/**
 * The order form as the signed-in orderer sends it; who orders and for which organisation come from the login and
 * the URL. The fields and their paths are those of {@link PlaceOrderCommand}.
 */
public record OrderRequest(String serviceId, String offeringId, List<PlaceOrderCommand.CareUnitInput> careUnits,
                           String acceptedTermsVersion, boolean allCareUnitsListed,
                           boolean acknowledgesAdditionalStartupFee) {
    public OrderRequest {
        careUnits = careUnits == null ? List.of() : List.copyOf(careUnits);
    }

    PlaceOrderCommand by(Organisationsnummer organisation, UserId orderer) {
        return new PlaceOrderCommand(organisation, orderer, serviceId, offeringId, careUnits, acceptedTermsVersion,
                allCareUnitsListed, acknowledgesAdditionalStartupFee);
    }
}
