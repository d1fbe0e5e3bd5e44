package se.inera.kundportal.standins.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import se.inera.kundportal.standins.SamTemplate;
import se.inera.kundportal.standins.SentMail;
import se.inera.kundportal.standins.StandIn;
import se.inera.kundportal.standins.TableDefinition;

@StandIns({StandIn.DYNAMODB, StandIn.SES, StandIn.COGNITO})
class StandInsExtensionIT {

    @Test
    void tableHasTheKeysAndIndexesOfTheTemplate(StandInsEnvironment standIns) {
        TableDefinition template = TableDefinition.fromTemplate(SamTemplate.ofProject());

        TableDescription table = standIns.dynamoDb()
                .describeTable(request -> request.tableName(standIns.tableName())).table();

        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.keySchema()).containsExactlyElementsOf(template.keySchema());
        assertThat(table.attributeDefinitions()).containsExactlyInAnyOrderElementsOf(template.attributeDefinitions());
        assertThat(table.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactly("GSI1", "GSI2");
        template.globalSecondaryIndexes().forEach(expected -> assertThat(table.globalSecondaryIndexes())
                .filteredOn(index -> index.indexName().equals(expected.indexName()))
                .singleElement()
                .satisfies(index -> {
                    assertThat(index.keySchema()).containsExactlyElementsOf(expected.keySchema());
                    assertThat(index.projection()).isEqualTo(expected.projection());
                }));
    }

    @Test
    void sdkClientsBuiltWithoutEndpointReachTheDynamoDbStandIn(StandInsEnvironment standIns) {
        // No endpoint, region or credentials here: the SDK must take them from the system properties.
        try (DynamoDbClient plain = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build()) {
            assertThat(plain.listTables().tableNames()).contains(standIns.tableName());
        }
    }

    @Test
    void mailSentThroughSesV2CanBeReadBack(StandInsEnvironment standIns) {
        String recipient = "orderer-" + UUID.randomUUID() + "@example.se";
        try (SesV2Client ses = SesV2Client.builder().httpClient(UrlConnectionHttpClient.create()).build()) {
            ses.sendEmail(request -> request
                    .fromEmailAddress("kundportal@inera.se")
                    .destination(destination -> destination.toAddresses(recipient))
                    .content(content -> content.simple(message -> message
                            .subject(subject -> subject.data("Välkommen till Kundportalen"))
                            .body(body -> body.text(text -> text.data("Hej! Din organisation är registrerad."))))));
        }

        assertThat(standIns.mailbox().sentMailsTo(recipient)).singleElement().satisfies((SentMail mail) -> {
            assertThat(mail.from()).isEqualTo("kundportal@inera.se");
            assertThat(mail.subject()).isEqualTo("Välkommen till Kundportalen");
            assertThat(mail.textBody()).contains("Hej! Din organisation är registrerad.");
        });
    }

    @Test
    void userPoolHasTheTemplatesGroupsAndAcceptsAdminCreatedUsers(StandInsEnvironment standIns) {
        String poolId = standIns.userPool().userPoolId();
        try (CognitoIdentityProviderClient plain = CognitoIdentityProviderClient.builder()
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            assertThat(plain.listGroups(request -> request.userPoolId(poolId)).groups())
                    .extracting(GroupType::groupName)
                    .containsExactlyInAnyOrder("Operators", "Administrators");

            plain.adminCreateUser(request -> request.userPoolId(poolId).username("operator@inera.se")
                    .temporaryPassword("Temporary-Passw0rd!")
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(AttributeType.builder().name("email").value("operator@inera.se").build()));
            plain.adminAddUserToGroup(request -> request.userPoolId(poolId).username("operator@inera.se")
                    .groupName("Operators"));

            assertThat(plain.listUsersInGroup(request -> request.userPoolId(poolId).groupName("Operators")).users())
                    .hasSize(1);
        }
        assertThat(standIns.userPool().clientId()).isNotBlank();
    }
}
