package se.inera.kundportal.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.inera.kundportal.core.error.FieldError;
import se.inera.kundportal.core.message.FieldMessages;

/** Names refuse invisible Unicode format characters (category Cf), wherever in the name they hide. */
class NamePropertiesTest {

    @Property
    void aNameWithAFormatCharacterAnywhereIsRefused(@ForAll("plainNames") String name,
                                                    @ForAll("formatCharacters") int formatCharacter,
                                                    @ForAll("positions") double where) {
        int at = (int) Math.round(where * name.length());
        String spoofed = name.substring(0, at) + Character.toString(formatCharacter) + name.substring(at);

        Validation v = new Validation();
        assertThat(v.name("organisation.name", spoofed, 400)).isNull();
        assertThat(v.errors()).containsExactly(new FieldError("organisation.name", FieldMessages.FORMAT_CHARACTERS));
    }

    @Property
    void aNameWithoutFormatCharactersIsKeptTrimmed(@ForAll("plainNames") String name) {
        Validation v = new Validation();
        assertThat(v.name("contacts.signatory.name", "  " + name + " ", 400)).isEqualTo(name.strip());
        assertThat(v.hasErrors()).isFalse();
    }

    @Example
    void swedishNamesWithDiacriticsHyphensAndApostrophesPass() {
        Validation v = new Validation();
        assertThat(v.name("name", "Åsa Öberg-D'Ärnström", 200)).isEqualTo("Åsa Öberg-D'Ärnström");
        assertThat(v.name("name", "Region Västra Götaland", 200)).isEqualTo("Region Västra Götaland");
        assertThat(v.hasErrors()).isFalse();
    }

    @Example
    void aRightToLeftOverrideIsRefusedWithTheSwedishMessage() {
        Validation v = new Validation();
        v.name("organisation.name", "Region Stockholm\u202Emlohkcots", 200);
        assertThat(v.errors()).extracting(FieldError::message).containsExactly(FieldMessages.FORMAT_CHARACTERS);
        assertThat(FieldMessages.FORMAT_CHARACTERS).startsWith("Får inte innehålla osynliga formateringstecken");
    }

    @Provide
    Arbitrary<String> plainNames() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ -'.")
                .ofMinLength(1).ofMaxLength(60).filter(name -> !name.isBlank());
    }

    /** The bidi embeddings, overrides and isolates, zero-width (non-)joiners and spaces, and the rest of Cf. */
    @Provide
    Arbitrary<Integer> formatCharacters() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0x202A, 0x202E),
                Arbitraries.integers().between(0x2066, 0x2069),
                Arbitraries.of(0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD, 0x061C),
                Arbitraries.of(IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                        .filter(c -> Character.getType(c) == Character.FORMAT).boxed().toList()));
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1);
    }
}
