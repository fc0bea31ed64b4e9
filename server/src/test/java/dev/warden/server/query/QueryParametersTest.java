package dev.warden.server.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParametersTest {

    static QueryParameters params(String form) {
        return QueryParameters.of(FormDecoder.decode(form, n -> false));
    }

    /** The captured SimulateCustomPolicy body (wire-protocol.md §2.1), on one line as on the wire. */
    static final String SIMULATE = "Action=SimulateCustomPolicy&Version=2010-05-08"
            + "&PolicyInputList.member.1=%7B%7D&PolicyInputList.member.2=%7B%22a%22%7D"
            + "&ActionNames.member.1=s3%3AGetObject&ActionNames.member.2=s3%3APutObject"
            + "&ResourceArns.member.1=arn%3Aaws%3As3%3A%3A%3Abucket%2Fa.txt&ResourceArns.member.2=arn%3Aaws%3As3%3A%3A%3Abucket%2Fb.txt"
            + "&ContextEntries.member.1.ContextKeyName=aws%3ASourceIp&ContextEntries.member.1.ContextKeyValues.member.1=10.1.2.3"
            + "&ContextEntries.member.1.ContextKeyType=ip"
            + "&ContextEntries.member.2.ContextKeyName=aws%3APrincipalTag%2Fteam&ContextEntries.member.2.ContextKeyValues.member.1=a"
            + "&ContextEntries.member.2.ContextKeyValues.member.2=b&ContextEntries.member.2.ContextKeyType=stringList";

    @Test
    void readsListsAndNestedListsOfTheSimulateCapture() {
        QueryParameters p = params(SIMULATE);

        assertThat(p.stringList("PolicyInputList")).containsExactly("{}", "{\"a\"}");
        assertThat(p.stringList("ActionNames")).containsExactly("s3:GetObject", "s3:PutObject");
        List<QueryParameters> entries = p.structList("ContextEntries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).requiredString("ContextKeyName")).isEqualTo("aws:SourceIp");
        assertThat(entries.get(0).stringList("ContextKeyValues")).containsExactly("10.1.2.3");
        assertThat(entries.get(1).requiredString("ContextKeyType")).isEqualTo("stringList");
        assertThat(entries.get(1).stringList("ContextKeyValues")).containsExactly("a", "b");
        assertThat(entries.get(1).memberPath("ContextKeyName")).isEqualTo("contextEntries.2.member.contextKeyName");
    }

    @Test
    void readsTheAssumeRoleCapture() {
        QueryParameters p = params("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo"
                + "&RoleSessionName=sess1&PolicyArns.member.1.arn=arn%3Aaws%3Aiam%3A%3A123456789012%3Apolicy%2Fx%2Fp1"
                + "&DurationSeconds=900&Tags.member.1.Key=project&Tags.member.1.Value=p1"
                + "&TransitiveTagKeys.member.1=project&ExternalId=ext-1");

        assertThat(p.requiredString("RoleArn")).isEqualTo("arn:aws:iam::123456789012:role/demo");
        assertThat(p.structList("PolicyArns").get(0).requiredString("arn"))
                .isEqualTo("arn:aws:iam::123456789012:policy/x/p1");
        assertThat(p.optionalInt("DurationSeconds")).contains(900);
        assertThat(p.structList("Tags")).singleElement().satisfies(tag -> {
            assertThat(tag.requiredString("Key")).isEqualTo("project");
            assertThat(tag.requiredString("Value")).isEqualTo("p1");
            assertThat(tag.memberPath("Value")).isEqualTo("tags.1.member.value");
        });
        assertThat(p.stringList("TransitiveTagKeys")).containsExactly("project");
        assertThat(p.optionalString("SerialNumber")).isEmpty();
    }

    @Test
    void emptyListIsSentAsNameEquals() {
        QueryParameters p = params("Action=X&ClientIDList=&Tags=");

        assertThat(p.stringList("ClientIDList")).isEmpty();
        assertThat(p.structList("Tags")).isEmpty();
        assertThat(p.has("ClientIDList")).isTrue();
    }

    @Test
    void listItemsComeInIndexOrderWhateverTheParameterOrder() {
        QueryParameters p = params("L.member.10=j&L.member.2=b&L.member.1=a");

        assertThat(p.stringList("L")).containsExactly("a", "b", "j");
    }

    @Test
    void mapsAndStructures() {
        QueryParameters p = params("Attrs.entry.2.key=b&Attrs.entry.2.value=2&Attrs.entry.1.key=a&Attrs.entry.1.value=1"
                + "&Parent.Child=c&Parent.Inner.Leaf=l");

        assertThat(p.stringMap("Attrs")).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThat(p.struct("Parent")).hasValueSatisfying(parent -> {
            assertThat(parent.requiredString("Child")).isEqualTo("c");
            assertThat(parent.struct("Inner").orElseThrow().requiredString("Leaf")).isEqualTo("l");
        });
        assertThat(p.struct("Missing")).isEmpty();
    }

    @Test
    void missingRequiredValueIsAValidationError() {
        assertThatThrownBy(() -> params("Action=X").requiredString("RoleSessionName"))
                .isInstanceOfSatisfying(AwsError.class, e -> {
                    assertThat(e.code()).isEqualTo(AwsErrorCode.VALIDATION_ERROR);
                    assertThat(e.getMessage()).isEqualTo("1 validation error detected: Value null at 'roleSessionName'"
                            + " failed to satisfy constraint: Member must not be null");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "N=12       | int  | 12",
        "N=-3       | int  | -3",
        "B=true     | bool | true",
        "B=FALSE    | bool | false",
    })
    void readsScalars(String form, String type, String expected) {
        QueryParameters p = params(form);
        Object value = type.equals("int") ? p.optionalInt("N").orElseThrow() : p.optionalBoolean("B").orElseThrow();
        assertThat(value.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "N=abc         | int  | Value (abc) for parameter N is invalid. Expected an integer.",
        "N=99999999999 | int  | Value (99999999999) for parameter N is invalid. Expected an integer.",
        "B=yes         | bool | Value (yes) for parameter B is invalid. Expected true or false.",
    })
    void badScalarsAreInvalidParameterValue(String form, String type, String message) {
        QueryParameters p = params(form);
        assertThatThrownBy(() -> {
            if (type.equals("int")) {
                p.optionalInt("N");
            } else {
                p.optionalBoolean("B");
            }
        }).isInstanceOfSatisfying(AwsError.class, e -> {
            assertThat(e.code()).isEqualTo(AwsErrorCode.INVALID_PARAMETER_VALUE);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "L.member.0=a       | strings",
        "L.member.x=a       | strings",
        "L.member.01=a      | strings",
        "L.member.9999999=a | strings",
        "L.member.1.K=a     | strings",
        "L.member.1=a       | structs",
    })
    void badListIndexesOrShapesAreRejected(String form, String shape) {
        QueryParameters p = params(form);
        assertThatThrownBy(() -> {
            if (shape.equals("strings")) {
                p.stringList("L");
            } else {
                p.structList("L");
            }
        }).isInstanceOfSatisfying(AwsError.class,
                e -> assertThat(e.code()).isEqualTo(AwsErrorCode.INVALID_QUERY_PARAMETER));
    }

    @Test
    void toStringShowsNamesButNoValues() {
        assertThat(params("Password=hunter2").toString()).contains("Password").doesNotContain("hunter2");
    }
}
