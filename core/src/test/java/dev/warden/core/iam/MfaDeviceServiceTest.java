package dev.warden.core.iam;

import static dev.warden.core.iam.IamAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.model.Tag;
import dev.warden.core.model.VirtualMfaDevice;
import dev.warden.core.secret.MfaSeed;
import dev.warden.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MfaDeviceServiceTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T06:00:10Z"));
    private IamFixture fx;
    private MfaDeviceService mfa;
    private String aliceId;

    @BeforeEach
    void setUp() {
        fx = new IamFixture(dir, clock);
        mfa = fx.iam.mfaDevices();
        aliceId = fx.iam.users().createUser(UserRequests.CreateUser.named("alice")).userId();
        fx.iam.users().createUser(UserRequests.CreateUser.named("bob"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private CreatedVirtualMfaDevice create(String name) {
        return mfa.createVirtualMfaDevice(new MfaRequests.CreateVirtualMfaDevice(name, null, List.of()));
    }

    private String code(MfaSeed seed, int stepsFromNow) {
        return Totp.code(seed, Totp.step(clock.instant()) + stepsFromNow);
    }

    private void enable(String user, CreatedVirtualMfaDevice device) {
        mfa.enableMfaDevice(new MfaRequests.DeviceCodes(user, device.device().serialNumber(),
                code(device.seed(), -1), code(device.seed(), 0)));
    }

    @Test
    void createdDevicesAreUnassignedWithASealedSixtyFourCharacterSeed() {
        CreatedVirtualMfaDevice created = create("alice-phone");

        assertThat(created.device().serialNumber()).isEqualTo("arn:aws:iam::" + IamFixture.ACCOUNT + ":mfa/alice-phone");
        assertThat(created.device().assigned()).isFalse();
        assertThat(created.seed().revealBase32()).matches("[A-Z2-7]{64}");
        assertThat(created.otpauthUri()).isEqualTo("otpauth://totp/Warden%3Aalice-phone%40" + IamFixture.ACCOUNT
                + "?secret=" + created.seed().revealBase32() + "&issuer=Warden");
        assertThat(created.toString()).doesNotContain(created.seed().revealBase32());
        String stored = fx.store.read(tx -> tx.mfaDevices().find(created.device().serialNumber())).orElseThrow()
                .encryptedSeed();
        assertThat(stored).startsWith("v1:").doesNotContain(created.seed().revealBase32());
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> create("alice-phone"));
    }

    @Test
    void enablingNeedsTwoConsecutiveCodes() {
        CreatedVirtualMfaDevice device = create("d");
        String serial = device.device().serialNumber();

        failsWith(IamErrorCode.INVALID_AUTHENTICATION_CODE, () -> mfa.enableMfaDevice(new MfaRequests.DeviceCodes(
                "alice", serial, code(device.seed(), 0), code(device.seed(), 0))))
                .hasMessage("Authentication code for device is not valid.");
        failsWith(IamErrorCode.INVALID_AUTHENTICATION_CODE, () -> mfa.enableMfaDevice(new MfaRequests.DeviceCodes(
                "alice", serial, code(device.seed(), 40), code(device.seed(), 41))));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> mfa.enableMfaDevice(new MfaRequests.DeviceCodes(
                "alice", serial, "12345", "123456")));
        enable("alice", device);

        VirtualMfaDevice enabled = mfa.listMfaDevices("alice", ListOptions.all()).items().get(0);
        assertThat(enabled.userName()).isEqualTo("alice");
        assertThat(enabled.enableDate()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        failsWith(IamErrorCode.ENTITY_ALREADY_EXISTS, () -> enable("bob", device));
    }

    @Test
    void signInCodesVerifyOnlyForTheOwnerAndOnlyNearNow() {
        CreatedVirtualMfaDevice device = create("d");
        String serial = device.device().serialNumber();
        assertThat(mfa.verify(aliceId, serial, code(device.seed(), 0))).as("not yet enabled")
                .isEqualTo(MfaVerification.DEVICE_NOT_ASSOCIATED);
        enable("alice", device);

        assertThat(mfa.verify(aliceId, serial, code(device.seed(), 0))).isEqualTo(MfaVerification.VERIFIED);
        assertThat(mfa.verify(aliceId, serial, code(device.seed(), 1))).isEqualTo(MfaVerification.VERIFIED);
        assertThat(mfa.verify(aliceId, serial, code(device.seed(), 3))).isEqualTo(MfaVerification.WRONG_CODE);
        assertThat(mfa.verify("AIDAOTHERUSER", serial, code(device.seed(), 0)))
                .isEqualTo(MfaVerification.DEVICE_NOT_ASSOCIATED);
        assertThat(mfa.verify(aliceId, serial + "x", code(device.seed(), 0)))
                .isEqualTo(MfaVerification.DEVICE_NOT_ASSOCIATED);
        String now = code(device.seed(), 0);
        clock.advance(Duration.ofMinutes(5));
        assertThat(mfa.verify(aliceId, serial, now)).as("five minutes later").isEqualTo(MfaVerification.WRONG_CODE);
    }

    @Test
    void deactivateDeleteAndTheUsersDeletion() {
        CreatedVirtualMfaDevice device = create("d");
        String serial = device.device().serialNumber();
        enable("alice", device);

        failsWith(IamErrorCode.DELETE_CONFLICT, () -> fx.iam.users().deleteUser("alice"))
                .hasMessage("Cannot delete entity, must delete MFA device first.");
        failsWith(IamErrorCode.DELETE_CONFLICT, () -> mfa.deleteVirtualMfaDevice(serial));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> mfa.deactivateMfaDevice(
                new MfaRequests.DeactivateMfaDevice("bob", serial)));
        assertThat(mfa.listVirtualMfaDevices(MfaRequests.AssignmentStatus.Assigned, ListOptions.all()).items())
                .extracting(VirtualMfaDevice::serialNumber).containsExactly(serial);

        mfa.deactivateMfaDevice(new MfaRequests.DeactivateMfaDevice("alice", serial));

        assertThat(mfa.listMfaDevices("alice", ListOptions.all()).items()).isEmpty();
        assertThat(mfa.listVirtualMfaDevices(MfaRequests.AssignmentStatus.Unassigned, ListOptions.all()).items())
                .extracting(VirtualMfaDevice::serialNumber).containsExactly(serial);
        fx.iam.users().deleteUser("alice");
        mfa.deleteVirtualMfaDevice(serial);
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> mfa.deleteVirtualMfaDevice(serial));
    }

    @Test
    void atMostEightDevicesPerUserAndTheSummaryCountsThem() {
        for (int i = 0; i < IamQuotas.MFA_DEVICES_PER_USER; i++) {
            enable("alice", create("d" + i));
        }
        CreatedVirtualMfaDevice ninth = create("d9");
        failsWith(IamErrorCode.LIMIT_EXCEEDED, () -> enable("alice", ninth))
                .hasMessage("Cannot exceed quota for MFADevicesPerUser: 8");

        var summary = fx.iam.accountSummary().getAccountSummary();
        assertThat(summary.get("MFADevices")).isEqualTo(9);
        assertThat(summary.get("MFADevicesInUse")).isEqualTo(8);
    }

    @Test
    void resyncAcceptsADriftedDeviceOnlyForItsOwner() {
        CreatedVirtualMfaDevice device = create("d");
        String serial = device.device().serialNumber();
        enable("alice", device);

        mfa.resyncMfaDevice(new MfaRequests.DeviceCodes("alice", serial, code(device.seed(), 30), code(device.seed(), 31)));
        failsWith(IamErrorCode.INVALID_AUTHENTICATION_CODE, () -> mfa.resyncMfaDevice(new MfaRequests.DeviceCodes(
                "alice", serial, code(device.seed(), 31), code(device.seed(), 30))));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> mfa.resyncMfaDevice(new MfaRequests.DeviceCodes(
                "bob", serial, code(device.seed(), 0), code(device.seed(), 1))));
    }

    @Test
    void getMfaDeviceAnswersOnlyForTheUserTheDeviceIsEnabledFor() {
        CreatedVirtualMfaDevice device = create("alice-key");
        String serial = device.device().serialNumber();
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> mfa.getMfaDevice("alice", serial));
        enable("alice", device);
        VirtualMfaDevice got = mfa.getMfaDevice("alice", serial);
        assertThat(got.userName()).isEqualTo("alice");
        assertThat(got.enableDate()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> mfa.getMfaDevice("bob", serial));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> mfa.getMfaDevice("carol", serial));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> mfa.getMfaDevice("alice", "short"));
    }

    @Test
    void tagsAreMergedRemovedAndListedInPages() {
        String serial = create("tagged").device().serialNumber();
        mfa.tagMfaDevice(serial, List.of(new Tag("team", "blue"), new Tag("env", "prod")));
        // Virtual MFA device tag keys are case sensitive (IAM User Guide, "Tagging IAM resources").
        mfa.tagMfaDevice(serial, List.of(new Tag("TEAM", "red")));
        assertThat(mfa.listMfaDeviceTags(serial, ListOptions.firstPage(100)).items())
                .containsExactly(new Tag("TEAM", "red"), new Tag("env", "prod"), new Tag("team", "blue"));
        assertThat(mfa.listMfaDeviceTags(serial, ListOptions.firstPage(1)).truncated()).isTrue();
        mfa.untagMfaDevice(serial, List.of("team", "TEAM", "absent"));
        assertThat(mfa.listMfaDeviceTags(serial, ListOptions.firstPage(100)).items())
                .containsExactly(new Tag("env", "prod"));
        failsWith(IamErrorCode.INVALID_INPUT, () -> mfa.tagMfaDevice(serial, List.of(new Tag("aws:x", "1"))));
        failsWith(IamErrorCode.VALIDATION_ERROR, () -> mfa.tagMfaDevice(serial, null));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> mfa.tagMfaDevice(serial + "x", List.of(new Tag("a", "b"))));
        failsWith(IamErrorCode.NO_SUCH_ENTITY, () -> mfa.listMfaDeviceTags(serial + "x", ListOptions.firstPage(1)));
    }
}
