package se.inera.kundportal.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

class SamTemplateTest {

    @Test
    void readsShortFormIntrinsicFunctionsAsTheirLongForm(@TempDir Path folder) throws IOException {
        Path template = folder.resolve("template.yaml");
        Files.writeString(template, """
                Resources:
                  Thing:
                    Type: Custom::Thing
                    Properties:
                      Name: !Ref Stage
                      Arn: !GetAtt Table.Arn
                      Url: !Sub "https://${Api}.example"
                      Choice: !If [IsProd, !Ref A, !Ref AWS::NoValue]
                      Joined: !Join
                        - ","
                        - [a, b]
                """);

        Map<String, Object> properties = SamTemplate.mapAt(
                SamTemplate.load(template).resourcesOfType("Custom::Thing").get("Thing"), "Properties", "Thing");

        assertThat(properties)
                .containsEntry("Name", Map.of("Ref", "Stage"))
                .containsEntry("Arn", Map.of("Fn::GetAtt", "Table.Arn"))
                .containsEntry("Url", Map.of("Fn::Sub", "https://${Api}.example"))
                .containsEntry("Choice", Map.of("Fn::If",
                        List.of("IsProd", Map.of("Ref", "A"), Map.of("Ref", "AWS::NoValue"))))
                .containsEntry("Joined", Map.of("Fn::Join", List.of(",", List.of("a", "b"))));
    }

    @Test
    void projectTemplateDeclaresTheSingleTableWithBothIndexes() {
        TableDefinition table = TableDefinition.fromTemplate(SamTemplate.ofProject());

        assertThat(table.logicalId()).isEqualTo("Table");
        assertThat(table.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType())
                .containsExactly("PK:" + KeyType.HASH, "SK:" + KeyType.RANGE);
        assertThat(table.globalSecondaryIndexes()).extracting(index -> index.indexName() + " "
                        + index.keySchema().get(0).attributeName() + "/" + index.keySchema().get(1).attributeName()
                        + " " + index.projection().projectionType())
                .containsExactly("GSI1 GSI1PK/GSI1SK " + ProjectionType.ALL, "GSI2 GSI2PK/GSI2SK " + ProjectionType.ALL);
        assertThat(table.attributeDefinitions()).allSatisfy(a -> assertThat(a.attributeTypeAsString()).isEqualTo("S"))
                .extracting(a -> a.attributeName())
                .containsExactlyInAnyOrder("PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK");
        assertThat(table.timeToLiveAttribute()).contains("expiresAt");
    }

    @Test
    void createTableRequestCarriesNameKeysAndIndexesButNoThroughputForOnDemand() {
        var request = TableDefinition.fromTemplate(SamTemplate.ofProject()).createTableRequest("orders-test");

        assertThat(request.tableName()).isEqualTo("orders-test");
        assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(request.provisionedThroughput()).isNull();
        assertThat(request.globalSecondaryIndexes()).hasSize(2)
                .allSatisfy(index -> assertThat(index.provisionedThroughput()).isNull());
    }

    @Test
    void provisionedTableGetsNominalThroughputOnTableAndIndexes(@TempDir Path folder) throws IOException {
        Path template = folder.resolve("template.yaml");
        Files.writeString(template, """
                Resources:
                  Legacy:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      AttributeDefinitions: [{AttributeName: id, AttributeType: S}, {AttributeName: g, AttributeType: N}]
                      KeySchema: [{AttributeName: id, KeyType: HASH}]
                      GlobalSecondaryIndexes:
                        - IndexName: ByG
                          KeySchema: [{AttributeName: g, KeyType: HASH}]
                          Projection: {ProjectionType: KEYS_ONLY}
                """);

        var request = TableDefinition.fromTemplate(SamTemplate.load(template)).createTableRequest("legacy");

        assertThat(request.billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(request.provisionedThroughput()).isNotNull();
        assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput()).isNotNull();
    }

    @Test
    void refusesAKeyThatOnlyAnIntrinsicFunctionCouldName(@TempDir Path folder) throws IOException {
        Path template = folder.resolve("template.yaml");
        Files.writeString(template, """
                Resources:
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      AttributeDefinitions: [{AttributeName: !Ref KeyName, AttributeType: S}]
                      KeySchema: [{AttributeName: id, KeyType: HASH}]
                """);

        assertThatThrownBy(() -> TableDefinition.fromTemplate(SamTemplate.load(template)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AttributeName must be a literal string");
    }

    @Test
    void projectTemplateGroupsAreOperatorsAndAdministrators() {
        assertThat(TestUserPool.groupNamesIn(SamTemplate.ofProject()))
                .containsExactlyInAnyOrder("Operators", "Administrators");
    }
}
