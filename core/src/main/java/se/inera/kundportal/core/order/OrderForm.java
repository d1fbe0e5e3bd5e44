package se.inera.kundportal.core.order;

import se.inera.kundportal.core.message.OrderMessages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.inera.kundportal.core.catalogue.Offering;
import se.inera.kundportal.core.organisation.CareUnit;
import se.inera.kundportal.core.organisation.HsaId;
import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.core.validation.Validation;

/** Validates the order form against the chosen offering, reporting every bad field at once. */
public final class OrderForm {
    static final int MAX_CARE_UNITS = 500;

    private OrderForm() {
    }

    /**
     * A valid order form.
     *
     * @param warnings things worth a second look that do not stop the order (an HSA-id from another
     *                 organisation's directory)
     */
    public record ValidOrder(List<CareUnit> careUnits, List<FieldError> warnings) {
        public ValidOrder {
            careUnits = List.copyOf(careUnits);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param addOn whether the organisation already has a live order for the offering's service
     * @throws se.inera.kundportal.core.error.ValidationException listing every invalid field
     */
    public static ValidOrder validate(PlaceOrderCommand command, Offering offering, boolean addOn) {
        Validation v = new Validation();
        List<FieldError> warnings = new ArrayList<>();
        List<CareUnit> careUnits = careUnits(v, command.careUnits(), command.organisation(), warnings);

        if (offering.requiresCareUnits()) {
            v.check(!command.careUnits().isEmpty(), "careUnits", OrderMessages.ORDER_NEEDS_CARE_UNIT);
        } else {
            v.check(command.careUnits().isEmpty(), "careUnits", OrderMessages.ORDER_OFFERING_HAS_NO_CARE_UNITS);
        }
        v.check(command.careUnits().size() <= MAX_CARE_UNITS, "careUnits",
                OrderMessages.tooManyCareUnits(MAX_CARE_UNITS));
        if (offering.firstOrderListsAllCareUnits() && !addOn) {
            v.check(command.allCareUnitsListed(), "allCareUnitsListed",
                    OrderMessages.FIRST_ORDER_LISTS_ALL_CARE_UNITS);
        }
        v.check(offering.termsVersion().equals(command.acceptedTermsVersion()), "acceptedTermsVersion",
                OrderMessages.ORDER_ACCEPT_TERMS);
        if (addOn) {
            v.check(command.acknowledgesAdditionalStartupFee(), "acknowledgesAdditionalStartupFee",
                    OrderPricing.addOnWarning(offering));
        }
        v.throwIfInvalid();
        return new ValidOrder(careUnits, warnings);
    }

    /**
     * The care units alone, as a quote checks them before the form is sent: every HSA-id and name valid, none listed
     * twice, not too many.
     *
     * @throws se.inera.kundportal.core.error.ValidationException with every invalid care unit field
     */
    public static void checkCareUnits(List<PlaceOrderCommand.CareUnitInput> inputs, Organisationsnummer organisation) {
        Validation v = new Validation();
        careUnits(v, inputs, organisation, new ArrayList<>());
        v.check(inputs.size() <= MAX_CARE_UNITS, "careUnits", OrderMessages.tooManyCareUnits(MAX_CARE_UNITS));
        v.throwIfInvalid();
    }

    private static List<CareUnit> careUnits(Validation v, List<PlaceOrderCommand.CareUnitInput> inputs,
                                            Organisationsnummer organisation, List<FieldError> warnings) {
        List<CareUnit> units = new ArrayList<>();
        Set<HsaId> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String path = "careUnits[" + i + "]";
            PlaceOrderCommand.CareUnitInput in = inputs.get(i) == null
                    ? new PlaceOrderCommand.CareUnitInput(null, null) : inputs.get(i);
            HsaId hsaId = v.required(path + ".hsaId", in.hsaId(), HsaId::parse);
            String name = v.name(path + ".name", in.name(), 200);
            if (hsaId != null && !seen.add(hsaId)) {
                v.addError(path + ".hsaId", OrderMessages.careUnitListedTwice(hsaId));
            } else if (hsaId != null && name != null) {
                units.add(new CareUnit(hsaId, name));
                if (!hsaId.isIssuedBy(organisation)) {
                    // the prefix names the directory owner, often a region: worth a look, not a rejection
                    warnings.add(new FieldError(path + ".hsaId", OrderMessages.careUnitOfAnotherDirectory(
                            hsaId.directoryOwner())));
                }
            }
        }
        return units;
    }
}
