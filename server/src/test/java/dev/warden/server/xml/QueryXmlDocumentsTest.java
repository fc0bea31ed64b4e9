package dev.warden.server.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class QueryXmlDocumentsTest {

    static final String IAM = "https://iam.amazonaws.com/doc/2010-05-08/";
    static final String STS = "https://sts.amazonaws.com/doc/2011-06-15/";

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void successEnvelope() {
        byte[] xml = QueryXmlDocuments.success(STS, "GetCallerIdentity", "req-1", w -> w
                .element("Arn", "arn:aws:iam::123456789012:user/alice")
                .element("UserId", "AIDAEXAMPLE")
                .element("Account", "123456789012"));

        assertThat(text(xml)).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/alice</Arn><UserId>AIDAEXAMPLE</UserId>"
                + "<Account>123456789012</Account></GetCallerIdentityResult>"
                + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
    }

    @Test
    void operationWithoutOutputHasNoResultElement() {
        assertThat(text(QueryXmlDocuments.success(IAM, "DeleteRole", "r", XmlResult.NONE)))
                .endsWith("<DeleteRoleResponse xmlns=\"" + IAM + "\"><ResponseMetadata><RequestId>r</RequestId>"
                        + "</ResponseMetadata></DeleteRoleResponse>");
    }

    @Test
    void outputWithoutMembersHasAnEmptyResultElement() {
        // botocore looks the wrapper up by name: without <UpdateRoleResult> `aws iam update-role` fails.
        assertThat(text(QueryXmlDocuments.success(IAM, "UpdateRole", "r", XmlResult.EMPTY)))
                .endsWith("<UpdateRoleResponse xmlns=\"" + IAM + "\"><UpdateRoleResult></UpdateRoleResult>"
                        + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></UpdateRoleResponse>");
    }

    @Test
    void errorEnvelope() {
        byte[] xml = QueryXmlDocuments.error(IAM, "Sender", "NoSuchEntity", "The role with name demo cannot be found.", "r2");

        assertThat(text(xml)).endsWith("<ErrorResponse xmlns=\"" + IAM + "\"><Error><Type>Sender</Type>"
                + "<Code>NoSuchEntity</Code><Message>The role with name demo cannot be found.</Message></Error>"
                + "<RequestId>r2</RequestId></ErrorResponse>");
    }

    @Test
    void listsDatesNumbersBooleansAndOptionalMembers() {
        record Role(String name, Instant created) {}
        byte[] xml = QueryXmlDocuments.success(IAM, "ListRoles", "r", w -> w
                .list("Roles", List.of(new Role("a", Instant.parse("2011-07-15T23:28:33.359Z")),
                        new Role("b", Instant.parse("2026-01-02T03:04:05Z"))), (x, role) -> x
                        .element("RoleName", role.name())
                        .element("CreateDate", role.created()))
                .stringList("Empty", List.of())
                .element("IsTruncated", false)
                .element("MaxSessionDuration", 3600)
                .optionalElement("Marker", Optional.empty())
                .optionalElement("Description", Optional.of("d")));

        assertThat(text(xml)).contains("<ListRolesResult><Roles><member><RoleName>a</RoleName>"
                + "<CreateDate>2011-07-15T23:28:33.359Z</CreateDate></member><member><RoleName>b</RoleName>"
                + "<CreateDate>2026-01-02T03:04:05.000Z</CreateDate></member></Roles><Empty></Empty>"
                + "<IsTruncated>false</IsTruncated><MaxSessionDuration>3600</MaxSessionDuration>"
                + "<Description>d</Description></ListRolesResult>");
    }

    @Test
    void escapesEveryStringSoTheDocumentStaysWellFormedAndRoundTrips() throws Exception {
        String hostile = "<a href=\"x\">&amp;</a> ]]> 'q' \r\n\t tab \u0000 nul \u0008 bs \ud800 lone 😀 \uFFFE";
        byte[] xml = QueryXmlDocuments.error(IAM, "Sender", "InvalidInput", hostile, "r");

        Document doc = parse(xml);
        String message = doc.getElementsByTagNameNS(IAM, "Message").item(0).getTextContent();
        assertThat(message).isEqualTo("<a href=\"x\">&amp;</a> ]]> 'q' \r\n\t tab \uFFFD nul \uFFFD bs \uFFFD lone 😀 \uFFFD");
        assertThat(text(xml)).contains("&lt;a href").contains("&amp;amp;").contains("&#13;");
    }

    @Test
    void policyDocumentsAreUrlEncodedAsIamDoes() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"arn:aws:s3:::bucket/a b*\"}]}";

        assertThat(PolicyDocumentEncoding.encode(policy)).isEqualTo("%7B%22Version%22%3A%222012-10-17%22%2C%22Statement"
                + "%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22s3%3A%2A%22%2C%22Resource%22%3A%22arn%3A"
                + "aws%3As3%3A%3A%3Abucket%2Fa%20b%2A%22%7D%5D%7D");
    }

    @Test
    void timestampsAlwaysHaveMilliseconds() {
        assertThat(AwsTimestamp.format(Instant.parse("2026-11-28T03:15:52Z"))).isEqualTo("2026-11-28T03:15:52.000Z");
        assertThat(AwsTimestamp.format(Instant.parse("2026-11-28T03:15:52.123456Z"))).isEqualTo("2026-11-28T03:15:52.123Z");
    }
}
