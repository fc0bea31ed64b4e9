package dev.warden.server.iam;

import static dev.warden.server.iam.IamErrorAssert.assertIamError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.server.testing.TestAuthenticator;
import dev.warden.server.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.iam.model.GetMfaDeviceResponse;
import software.amazon.awssdk.services.iam.model.ListMfaDeviceTagsResponse;
import software.amazon.awssdk.services.iam.model.ListServerCertificateTagsResponse;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

/** GetMFADevice and the tag calls of virtual MFA devices and server certificates, with the AWS SDK. */
@ParameterizedClass
@EnumSource(TestStore.class)
class IamMfaAndCertificateTagsSdkTest extends IamSdkTest {

    @Parameter
    TestStore store;

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    @Test
    void getMfaDeviceAnswersForTheUsersEnabledDevice() {
        iam.createUser(r -> r.userName("gina"));
        VirtualMFADevice created = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("gina-phone"))
                .virtualMFADevice();
        String serial = created.serialNumber();
        assertIamError(() -> iam.getMFADevice(r -> r.userName("gina").serialNumber(serial)), "NoSuchEntity", 404);

        TestAuthenticator app = new TestAuthenticator(created.base32StringSeed().asString(StandardCharsets.US_ASCII));
        Instant now = Instant.now();
        iam.enableMFADevice(r -> r.userName("gina").serialNumber(serial)
                .authenticationCode1(app.code(now, -1)).authenticationCode2(app.code(now, 0)));

        GetMfaDeviceResponse got = iam.getMFADevice(r -> r.userName("gina").serialNumber(serial));
        assertThat(got.userName()).isEqualTo("gina");
        assertThat(got.serialNumber()).isEqualTo(serial);
        assertThat(got.enableDate()).isNotNull();
        assertThat(got.hasCertifications()).isFalse();

        iam.createUser(r -> r.userName("hank"));
        assertIamError(() -> iam.getMFADevice(r -> r.userName("hank").serialNumber(serial)), "NoSuchEntity", 404);
        assertIamError(() -> iam.getMFADevice(r -> r.userName("gina")
                .serialNumber("arn:aws:iam::123456789012:mfa/none")), "NoSuchEntity", 404);
        assertIamError(() -> iam.getMFADevice(r -> r.userName("gina").serialNumber("short")), "ValidationError", 400);
    }

    @Test
    void mfaDeviceTags() {
        String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("tagged-phone")
                .tags(tag("team", "blue"))).virtualMFADevice().serialNumber();
        checkTagCalls(
                tags -> iam.tagMFADevice(r -> r.serialNumber(serial).tags(tags)),
                keys -> iam.untagMFADevice(r -> r.serialNumber(serial).tagKeys(keys)),
                maxItems -> {
                    ListMfaDeviceTagsResponse page = iam.listMFADeviceTags(r -> r.serialNumber(serial).maxItems(maxItems));
                    return page.tags();
                });
        assertIamError(() -> iam.tagMFADevice(r -> r.serialNumber("arn:aws:iam::123456789012:mfa/none")
                .tags(tag("a", "b"))), "NoSuchEntity", 404);
        assertIamError(() -> iam.listMFADeviceTags(r -> r.serialNumber("arn:aws:iam::123456789012:mfa/none")),
                "NoSuchEntity", 404);
    }

    @Test
    void serverCertificateTags() {
        iam.uploadServerCertificate(r -> r.serverCertificateName("tagged-www")
                .certificateBody(IamKeysAndCertificatesSdkTest.resource("rsa-a.pem"))
                .privateKey(IamKeysAndCertificatesSdkTest.resource("rsa-a-pkcs1.key")).tags(tag("team", "blue")));
        checkTagCalls(
                tags -> iam.tagServerCertificate(r -> r.serverCertificateName("tagged-www").tags(tags)),
                keys -> iam.untagServerCertificate(r -> r.serverCertificateName("tagged-www").tagKeys(keys)),
                maxItems -> {
                    ListServerCertificateTagsResponse page = iam.listServerCertificateTags(r -> r
                            .serverCertificateName("tagged-www").maxItems(maxItems));
                    return page.tags();
                });
        assertThat(iam.getServerCertificate(r -> r.serverCertificateName("tagged-www")).serverCertificate().tags())
                .extracting(Tag::key).containsExactly("env");
        assertIamError(() -> iam.tagServerCertificate(r -> r.serverCertificateName("nope").tags(tag("a", "b"))),
                "NoSuchEntity", 404);
    }

    /** The rules every IAM tag family shares, starting from one tag team=blue. */
    private static void checkTagCalls(Consumer<List<Tag>> tagCall, Consumer<List<String>> untagCall,
            Function<Integer, List<Tag>> list) {
        assertThat(list.apply(100)).containsExactly(tag("team", "blue"));

        tagCall.accept(List.of(tag("TEAM", "red"), tag("env", "prod")));
        assertThat(list.apply(100)).as("keys are case sensitive on MFA devices and server certificates"
                + " (IAM User Guide, Tagging IAM resources); listed sorted by key")
                .containsExactly(tag("TEAM", "red"), tag("env", "prod"), tag("team", "blue"));
        assertThat(list.apply(1)).hasSize(1);

        untagCall.accept(List.of("team", "absent"));
        assertThat(list.apply(100)).containsExactly(tag("TEAM", "red"), tag("env", "prod"));
        untagCall.accept(List.of("TEAM"));
        assertThat(list.apply(100)).containsExactly(tag("env", "prod"));

        assertIamError(() -> tagCall.accept(List.of(tag("aws:reserved", "x"))), "InvalidInput", 400);
        assertIamError(() -> tagCall.accept(List.of(tag("a", "1"), tag("A", "2"))), "InvalidInput", 400);
        List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
        assertIamError(() -> tagCall.accept(fifty), "LimitExceeded", 409);
        assertThat(list.apply(100)).containsExactly(tag("env", "prod"));
    }

    @Test
    void listTagsIsTruncatedWithAMarker() throws Exception {
        String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("paged-phone")
                .tags(tag("a", "1"), tag("b", "2"), tag("c", "3"))).virtualMFADevice().serialNumber();
        RawIamCall.Reply first = RawIamCall.post(warden, Map.of("Action", "ListMFADeviceTags", "SerialNumber", serial,
                "MaxItems", "2"));
        assertThat(first.text("IsTruncated")).isEqualTo("true");
        ListMfaDeviceTagsResponse rest = iam.listMFADeviceTags(r -> r.serialNumber(serial).marker(first.text("Marker")));
        assertThat(rest.tags()).containsExactly(tag("c", "3"));
        assertThat(rest.isTruncated()).isFalse();
    }
}
