package se.inera.kundportal.functions.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/** Which SES failures prove that nothing was sent. */
class SesMailerTest {

    @Test
    void aRejectionOrAConnectionNeverMadeIsDefinite() {
        assertThat(SesMailer.definitelyNotSent(MessageRejectedException.builder().statusCode(400).build())).isTrue();
        assertThat(SesMailer.definitelyNotSent(BadRequestException.builder().statusCode(400).build())).isTrue();
        assertThat(SesMailer.definitelyNotSent(SesV2Exception.builder().statusCode(429).build())).isTrue();
        assertThat(SesMailer.definitelyNotSent(SdkClientException.builder()
                .cause(new ConnectException("Connection refused")).build())).isTrue();
    }

    @Test
    void aTimeoutOrAServerErrorIsUncertain() {
        assertThat(SesMailer.definitelyNotSent(SdkClientException.builder()
                .cause(new SocketTimeoutException("Read timed out")).build())).isFalse();
        assertThat(SesMailer.definitelyNotSent(SesV2Exception.builder().statusCode(500).build())).isFalse();
        assertThat(SesMailer.definitelyNotSent(SesV2Exception.builder().statusCode(503).build())).isFalse();
    }
}
