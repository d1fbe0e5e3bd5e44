package se.inera.kundportal.standins.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import se.inera.kundportal.standins.StandIn;

/**
 * Runs the test class against the listed stand-ins: each is started once per JVM (or taken from
 * {@code AWS_ENDPOINT_URL_<SERVICE>} / {@code AWS_ENDPOINT_URL}), SDK v2 clients built anywhere in the JVM are pointed
 * at them through the SDK's endpoint system properties, and a test method, constructor or {@code @BeforeAll} can
 * take a {@link StandInsEnvironment} parameter for the class's own table, user pool and sent mail.
 *
 * <pre>{@code
 * @StandIns({StandIn.DYNAMODB, StandIn.SES})
 * class SendsWelcomeMailIT {
 *     @Test
 *     void mailsTheOrderer(StandInsEnvironment standIns) {
 *         var repository = new DynamoDbOrders(standIns.dynamoDb(), standIns.tableName());
 *         ...
 *         assertThat(standIns.mailbox().sentMailsTo("anna@example.se")).hasSize(1);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StandInsExtension.class)
public @interface StandIns {
    StandIn[] value();
}
