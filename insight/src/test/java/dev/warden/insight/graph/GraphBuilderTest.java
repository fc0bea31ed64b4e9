package dev.warden.insight.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.insight.testing.SmallAccount;
import dev.warden.insight.testing.SmallAccountTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class GraphBuilderTest extends SmallAccountTest {

    static final String ADMIN = ARN + "user/admin";

    AccessGraph graph;

    @BeforeEach
    void open() {
        graph = new GraphBuilder(account.iam(), account.principals()).build(true);
    }

    static String text(GraphEdge e) {
        return e.from().replace(ARN, "") + " -> " + e.to().replace(ARN, "") + " : " + e.label();
    }

    @Test
    void nodesAreThePrincipalsTheGroupsAndWhoTheTrustPoliciesName() {
        assertThat(graph.nodes()).extracting(n -> n.kind() + " " + n.label()).contains(
                "USER alice", "USER bob", "USER carol", "USER dave", "USER admin", "GROUP devs", "ROLE app",
                "ROLE deployer", "SERVICE lambda.amazonaws.com", "POLICY get-only", "POLICY AdministratorAccess");
    }

    @Test
    void membershipAndAttachments() {
        assertThat(graph.edges(EdgeKind.MEMBER_OF)).extracting(GraphBuilderTest::text)
                .containsExactly("user/bob -> group/devs : member of");
        assertThat(graph.edges(EdgeKind.ATTACHED)).extracting(GraphBuilderTest::text)
                .contains("arn:aws:iam::aws:policy/AdministratorAccess -> user/carol : attached",
                        "policy/get-only -> user/carol : permissions boundary");
    }

    @Test
    void trustEdgesAreTheEnginesDecisionsWithConditionsOnTheLabel() {
        assertThat(graph.edges(EdgeKind.CAN_ASSUME)).extracting(GraphBuilderTest::text).containsExactlyInAnyOrder(
                "user/alice -> role/app : sts:AssumeRole",
                "user/carol -> role/app : sts:AssumeRole if aws:MultiFactorAuthPresent Bool true",
                "lambda.amazonaws.com -> role/deployer : sts:AssumeRole");
    }

    @Test
    void escalationPathsBetweenPrincipals() {
        List<String> notAdmin = graph.edges(EdgeKind.ESCALATION).stream().filter(e -> !e.from().equals(ADMIN))
                .map(GraphBuilderTest::text).toList();
        assertThat(notAdmin).containsExactlyInAnyOrder(
                "user/dave -> role/deployer : iam:PassRole + lambda:CreateFunction (lambda.amazonaws.com)",
                "role/deployer -> role/app : iam:AttachRolePolicy");
        // The administrator may take over every other user, group and role.
        assertThat(graph.edges(EdgeKind.ESCALATION)).filteredOn(e -> e.from().equals(ADMIN)).extracting(GraphEdge::to)
                .contains(ARN + "user/alice", ARN + "group/devs", ARN + "role/app", ARN + "role/deployer")
                .doesNotContain(ADMIN);
    }

    @Test
    void identityProvidersOtherAccountsAndAnyoneAreNodesWithEvaluatedTrust() {
        account.iam().openIdConnectProviders().createOpenIdConnectProvider(
                dev.warden.core.iam.OidcProviderRequests.CreateProvider.of("https://idp.example.com", "ci"));
        String provider = ARN + "oidc-provider/idp.example.com";
        role("ci", "{\"Federated\":\"" + provider + "\"}", "sts:AssumeRoleWithWebIdentity",
                "{\"StringEquals\":{\"idp.example.com:aud\":\"ci\"}}");
        role("partner", "{\"AWS\":\"444455556666\"}", "sts:AssumeRole", null);
        role("open", "\"*\"", "sts:AssumeRole", null);
        AccessGraph withOutsiders = new GraphBuilder(account.iam(), account.principals()).build(false);
        assertThat(withOutsiders.nodes()).extracting(n -> n.kind() + " " + n.label()).contains(
                "OIDC_PROVIDER idp.example.com", "ACCOUNT account 444455556666", "ANYONE anyone (*)");
        assertThat(withOutsiders.edges(EdgeKind.CAN_ASSUME)).extracting(GraphBuilderTest::text).contains(
                provider.replace(ARN, "") + " -> role/ci : sts:AssumeRoleWithWebIdentity if idp.example.com:aud StringEquals ci",
                "444455556666 -> role/partner : sts:AssumeRole",
                "* -> role/open : sts:AssumeRole");
        // A trust naming everyone names each principal of the account too: in one account that
        // allows without an identity policy (bob has none for sts:AssumeRole).
        assertThat(withOutsiders.edges(EdgeKind.CAN_ASSUME)).extracting(GraphBuilderTest::text)
                .contains("user/admin -> role/open : sts:AssumeRole", "user/bob -> role/open : sts:AssumeRole");
        // Naming another account delegates to that account: no principal of this one is let in.
        assertThat(withOutsiders.edges(EdgeKind.CAN_ASSUME)).filteredOn(e -> e.to().equals(ARN + "role/partner"))
                .extracting(GraphEdge::from).containsExactly("444455556666");
    }

    private void role(String name, String principal, String action, String condition) {
        account.iam().roles().createRole(dev.warden.core.iam.RoleRequests.CreateRole.of(name, SmallAccount.document(
                "{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"" + action + "\""
                + (condition == null ? "" : ",\"Condition\":" + condition) + "}")));
    }

    @Test
    void dotHasOneLinePerNodeAndEdge() {
        String dot = GraphDot.of(graph);
        assertThat(dot).startsWith("digraph warden {");
        assertThat(dot.lines().filter(l -> l.contains(" -> ")).count()).isEqualTo(graph.edges().size());
        assertThat(dot).contains("style=dashed");
    }

    @Test
    void svgIsWellFormedWithEveryNode() throws Exception {
        String svg = GraphSvg.of(graph);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(graph.nodes().size() + 1);
        assertThat(document.getElementsByTagName("path").getLength())
                .isEqualTo(graph.edges().size() + EdgeKind.values().length);
    }

    @Test
    void jsonCarriesNodesAndEdges() {
        var json = GraphJson.of(graph);
        assertThat(json.get("nodes").size()).isEqualTo(graph.nodes().size());
        assertThat(json.get("edges").size()).isEqualTo(graph.edges().size());
    }
}
