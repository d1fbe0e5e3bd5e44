package se.inera.kundportal.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forgotten-password codes cognito-local keeps in its user pool file, mailed once each. */
class CognitoCodeMailsTest {
    @TempDir
    Path folder;

    private final List<CognitoCodeMails.Delivery> mailed = new ArrayList<>();

    private Path pool(String... users) throws IOException {
        Path file = folder.resolve("local_pool.json");
        Files.writeString(file, "{\"Options\":{},\"Users\":{" + String.join(",", users) + "}}", StandardCharsets.UTF_8);
        return file;
    }

    private static String user(String name, String email, String code) {
        return "\"" + name + "\":{\"Username\":\"" + name + "\",\"Attributes\":[{\"Name\":\"sub\",\"Value\":\"" + name
                + "\"},{\"Name\":\"email\",\"Value\":\"" + email + "\"}]"
                + (code == null ? "" : ",\"ConfirmationCode\":\"" + code + "\"") + "}";
    }

    @Test
    void mailsANewCodeOnceToTheUsersAddressAndAnotherCodeAgain() throws IOException {
        Path file = pool(user("u1", "anna@example.se", null), user("u2", "olle@example.se", null));
        CognitoCodeMails mails = new CognitoCodeMails(file, mailed::add);

        pool(user("u1", "anna@example.se", "123456"), user("u2", "olle@example.se", null));
        mails.mailNewCodes();
        mails.mailNewCodes();
        pool(user("u1", "anna@example.se", "654321"), user("u2", "olle@example.se", null));
        mails.mailNewCodes();

        assertThat(mailed).containsExactly(new CognitoCodeMails.Delivery("anna@example.se", "123456"),
                new CognitoCodeMails.Delivery("anna@example.se", "654321"));
    }

    @Test
    void aCodeInTheFileAtStartIsNotMailedAgainAndAFailedMailIsTriedAgain() throws IOException {
        Path file = pool(user("u1", "anna@example.se", "111111"));
        List<String> attempts = new ArrayList<>();
        CognitoCodeMails mails = new CognitoCodeMails(file, delivery -> {
            attempts.add(delivery.code());
            if (attempts.size() == 1) {
                throw new IllegalStateException("SES stand-in not answering");
            }
        });

        mails.mailNewCodes();
        pool(user("u1", "anna@example.se", "222222"));
        mails.mailNewCodes();
        mails.mailNewCodes();
        mails.mailNewCodes();

        assertThat(attempts).containsExactly("222222", "222222");
    }

    @Test
    void aMissingOrHalfWrittenFileHasNoCodes() throws IOException {
        assertThat(CognitoCodeMails.codes(folder.resolve("none.json"))).isEmpty();
        Path half = folder.resolve("half.json");
        Files.writeString(half, "{\"Users\":{\"u1\":{\"Confirmation", StandardCharsets.UTF_8);
        assertThat(CognitoCodeMails.codes(half)).isEmpty();
    }
}
