package dev.warden.server.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.server.error.AwsError;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class SamlXmlTest {

    static final String LAUGHS = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">\
            <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><lolz>&lol2;</lolz>""";

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("entity expansion", LAUGHS, "without a DTD"),
                Arguments.of("external entity", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><r>&x;</r>",
                        "without a DTD"),
                Arguments.of("external DTD", "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/x.dtd\"><r/>", "without a DTD"),
                Arguments.of("not XML", "<r>", "not well-formed"),
                Arguments.of("nested too deeply", "<r>".repeat(65) + "</r>".repeat(65), "not well-formed"),
                Arguments.of("over the limit", "<r>" + "x".repeat(1000) + "</r>", "larger than 1000 bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesDtdsEntitiesMalformedAndOversizeDocuments(String name, String xml, String message) {
        assertThatThrownBy(() -> SamlXml.parse(xml.getBytes(StandardCharsets.UTF_8), 1000))
                .isInstanceOfSatisfying(AwsError.class, e -> assertThat(e.getMessage()).contains(message));
    }

    @Test
    void sixtyFourLevelsAreEnough() {
        Document document = SamlXml.parse(("<r>".repeat(64) + "</r>".repeat(64)).getBytes(StandardCharsets.UTF_8), 1000);

        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("r");
    }

    @Test
    void readsNamespacesAndDropsComments() {
        Document document = SamlXml.parse("<a:r xmlns:a=\"urn:x\">ad<!-- c -->min</a:r>"
                .getBytes(StandardCharsets.UTF_8), 1000);

        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:x");
        assertThat(document.getDocumentElement().getFirstChild().getNextSibling()).isNull();
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo("admin");
    }
}
