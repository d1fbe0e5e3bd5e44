package se.inera.kundportal.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inera.kundportal.core.Fixtures.REGION_STOCKHOLM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.inera.kundportal.core.organisation.Organisationsnummer;
import se.inera.kundportal.core.user.UserId;

/** The form's hash: the same form under one Idempotency-Key is recognised, any changed field is not. */
class PlaceOrderCommandTest {
    private static final UserId ORDERER = new UserId("olle");
    private static final List<PlaceOrderCommand.CareUnitInput> UNITS = List.of(
            new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", "Vårdcentralen Norr"));

    private static PlaceOrderCommand form() {
        return new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert", UNITS, "2026-01",
                true, false);
    }

    @Test
    void theSameFormSentAgainHasTheSameHashEvenWithSurroundingBlanks() {
        PlaceOrderCommand padded = new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, " intygstjanster ", "webcert\n",
                List.of(new PlaceOrderCommand.CareUnitInput(" SE2321000016-1234", "Vårdcentralen Norr ")), "2026-01",
                true, false);

        assertThat(form().canonicalHash()).isEqualTo(form().canonicalHash()).isEqualTo(padded.canonicalHash())
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void everyFieldOfTheFormChangesTheHash() {
        List<PlaceOrderCommand> changed = List.of(
                new PlaceOrderCommand(Organisationsnummer.parse("202100-5489"), ORDERER, "intygstjanster", "webcert",
                        UNITS, "2026-01", true, false),
                new PlaceOrderCommand(REGION_STOCKHOLM, new UserId("bo"), "intygstjanster", "webcert", UNITS,
                        "2026-01", true, false),
                new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "annan", "webcert", UNITS, "2026-01", true, false),
                new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "annat", UNITS, "2026-01", true,
                        false),
                new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert", List.of(), "2026-01",
                        true, false),
                new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert",
                        List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-9999", "Vårdcentralen Norr")),
                        "2026-01", true, false),
                new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert",
                        List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", "Vårdcentralen Syd")),
                        "2026-01", true, false),
                new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert", UNITS, "2026-02", true,
                        false),
                new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert", UNITS, "2026-01", false,
                        false),
                new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert", UNITS, "2026-01", true,
                        true));

        Set<String> hashes = new HashSet<>();
        hashes.add(form().canonicalHash());
        changed.forEach(c -> hashes.add(c.canonicalHash()));
        assertThat(hashes).hasSize(changed.size() + 1);
    }

    @Test
    void aMissingValueIsNotTheSameAsAnEmptyOneAndValuesCannotShiftBetweenFields() {
        PlaceOrderCommand missing = new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, null, "webcert", UNITS,
                "2026-01", true, false);
        PlaceOrderCommand empty = new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "", "webcert", UNITS, "2026-01",
                true, false);
        PlaceOrderCommand shifted = new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster;webcert", "",
                UNITS, "2026-01", true, false);
        List<PlaceOrderCommand.CareUnitInput> withMissing = new ArrayList<>(Arrays.asList(
                new PlaceOrderCommand.CareUnitInput(null, "Vårdcentralen Norr")));
        PlaceOrderCommand missingHsaId = new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert",
                withMissing, "2026-01", true, false);
        PlaceOrderCommand emptyHsaId = new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert",
                List.of(new PlaceOrderCommand.CareUnitInput("", "Vårdcentralen Norr")), "2026-01", true, false);
        PlaceOrderCommand missingName = new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert",
                List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", null)), "2026-01", true, false);
        PlaceOrderCommand emptyName = new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert",
                List.of(new PlaceOrderCommand.CareUnitInput("SE2321000016-1234", "")), "2026-01", true, false);

        assertThat(missing.canonicalHash()).isNotEqualTo(empty.canonicalHash());
        assertThat(shifted.canonicalHash()).isNotEqualTo(form().canonicalHash());
        assertThat(missingHsaId.canonicalHash()).isNotEqualTo(emptyHsaId.canonicalHash());
        assertThat(missingName.canonicalHash()).isNotEqualTo(emptyName.canonicalHash());
        assertThat(new PlaceOrderCommand(REGION_STOCKHOLM, ORDERER, "intygstjanster", "webcert", null, "2026-01",
                true, false).careUnits()).isEmpty();
    }
}
