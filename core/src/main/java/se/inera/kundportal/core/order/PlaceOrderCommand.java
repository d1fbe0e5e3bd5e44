package se.inera.kundportal.core.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * SHA-256 (hex) of the form in a canonical shape: every field of the form, in a fixed order, each value stripped
     * and length-prefixed (so no two forms share a shape), care units in the order sent. Two submits of the same
     * form under one Idempotency-Key give the same hash; a changed field gives another.
     */
    public String canonicalHash() {
        StringBuilder canonical = new StringBuilder();
        field(canonical, organisation.value());
        field(canonical, orderer.value());
        field(canonical, serviceId);
        field(canonical, offeringId);
        field(canonical, Integer.toString(careUnits.size()));
        for (CareUnitInput unit : careUnits) {
            field(canonical, unit == null ? null : unit.hsaId());
            field(canonical, unit == null ? null : unit.name());
        }
        field(canonical, acceptedTermsVersion);
        field(canonical, Boolean.toString(allCareUnitsListed));
        field(canonical, Boolean.toString(acknowledgesAdditionalStartupFee));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            String stripped = value.strip();
            canonical.append(stripped.length()).append(':').append(stripped).append(';');
        }
    }
}
