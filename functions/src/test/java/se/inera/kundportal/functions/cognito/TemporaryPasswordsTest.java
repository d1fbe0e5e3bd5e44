package se.inera.kundportal.functions.cognito;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {
    private final TemporaryPasswords passwords = new TemporaryPasswords(new SecureRandom());

    /** template.yaml's PasswordPolicy: at least 14 characters, lower, upper, digit and symbol. */
    @RepeatedTest(50)
    void satisfiesTheUserPoolsPasswordPolicy() {
        String password = passwords.next();

        assertThat(password).hasSizeGreaterThanOrEqualTo(14)
                .containsPattern("[a-z]").containsPattern("[A-Z]").containsPattern("[0-9]")
                .containsPattern("[^A-Za-z0-9]")
                .doesNotContainPattern("[0O1lI<>&\"' ]");
    }

    @Test
    void neverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(passwords.next())).isTrue();
        }
    }
}
