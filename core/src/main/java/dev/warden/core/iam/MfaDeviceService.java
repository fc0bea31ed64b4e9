package dev.warden.core.iam;

import dev.warden.core.error.IamErrorCode;
import dev.warden.core.error.IamException;
import dev.warden.core.model.Arns;
import dev.warden.core.model.Page;
import dev.warden.core.model.Tag;
import dev.warden.core.model.User;
import dev.warden.core.model.VirtualMfaDevice;
import dev.warden.core.secret.MfaSeed;
import dev.warden.core.store.StoreTransaction;
import dev.warden.core.store.StoredMfaDevice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Virtual MFA devices (TOTP, {@link Totp}): created unassigned with a fresh seed (sealed at rest),
 * enabled for a user with two consecutive codes, at most {@value IamQuotas#MFA_DEVICES_PER_USER} per
 * user. STS asks {@link #verify} whether a one-time code proves the user holds the device.
 */
public final class MfaDeviceService {

    /** Steps around now searched for two consecutive codes: a device's clock may drift by minutes. */
    static final int ENABLE_WINDOW_STEPS = 10;
    /** Resync is for a device whose clock drifted further. */
    static final int RESYNC_WINDOW_STEPS = 60;
    /** A code at sign-in may be from the previous or the next 30-second step. */
    static final int SIGN_IN_WINDOW_STEPS = 1;

    static final String INVALID_CODE = "Authentication code for device is not valid.";

    private static final String SERIAL_PATTERN_TEXT = "[\\w+=/:,.@-]+";
    private static final Pattern SERIAL_PATTERN = Pattern.compile(SERIAL_PATTERN_TEXT);
    private static final Pattern CODE_PATTERN = Pattern.compile("[\\d]+");

    private final IamContext ctx;

    public MfaDeviceService(IamContext ctx) {
        this.ctx = ctx;
    }

    public CreatedVirtualMfaDevice createVirtualMfaDevice(MfaRequests.CreateVirtualMfaDevice request) {
        String name = IamInputRules.name("virtualMFADeviceName", request.deviceName(), 226);
        String path = IamInputRules.path(request.path());
        List<Tag> tags = IamInputRules.tags(request.tags());
        String serial = Arns.iam(ctx.accountId(), "mfa", path, name);
        if (serial.length() > 256) {
            throw IamException.invalidInput("The serial number " + serial + " would exceed 256 characters.");
        }
        MfaSeed seed = MfaSeed.generate(ctx.random());
        VirtualMfaDevice device = new VirtualMfaDevice(ctx.accountId(), serial, name, path, null, null, null, tags,
                ctx.now());
        ctx.store().write(tx -> {
            if (tx.mfaDevices().find(serial).isPresent()) {
                throw IamException.alreadyExists("MFADevice entity at the same path and name already exists.");
            }
            tx.mfaDevices().insert(new StoredMfaDevice(device, ctx.secretCipher().encryptMfaSeed(seed, serial)));
            return null;
        });
        return new CreatedVirtualMfaDevice(device, seed);
    }

    public void enableMfaDevice(MfaRequests.DeviceCodes request) {
        String userName = IamInputRules.name("userName", request.userName(), 128);
        String serial = serialNumber(request.serialNumber());
        String code1 = code("authenticationCode1", request.code1());
        String code2 = code("authenticationCode2", request.code2());
        ctx.store().write(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), userName);
            StoredMfaDevice stored = device(tx, serial);
            if (stored.device().assigned()) {
                throw IamException.alreadyExists("MFA Device is already in use.");
            }
            if (tx.mfaDevices().listForUser(user.userId()).size() >= IamQuotas.MFA_DEVICES_PER_USER) {
                throw IamException.limitExceeded("Cannot exceed quota for MFADevicesPerUser: "
                        + IamQuotas.MFA_DEVICES_PER_USER);
            }
            requireConsecutive(stored, code1, code2, ENABLE_WINDOW_STEPS);
            tx.mfaDevices().assign(serial, user.userId(), ctx.now());
            return null;
        });
    }

    public void resyncMfaDevice(MfaRequests.DeviceCodes request) {
        String userName = IamInputRules.name("userName", request.userName(), 128);
        String serial = serialNumber(request.serialNumber());
        String code1 = code("authenticationCode1", request.code1());
        String code2 = code("authenticationCode2", request.code2());
        ctx.store().read(tx -> {
            User user = EntityLookup.user(tx, ctx.accountId(), userName);
            StoredMfaDevice stored = assignedTo(tx, serial, user);
            requireConsecutive(stored, code1, code2, RESYNC_WINDOW_STEPS);
            return null;
        });
    }

    /** DeactivateMFADevice: the device stays, assigned to no one. {@code userName} may be null (the owner). */
    public void deactivateMfaDevice(MfaRequests.DeactivateMfaDevice request) {
        String serial = serialNumber(request.serialNumber());
        String userName = request.userName() == null ? null : IamInputRules.name("userName", request.userName(), 128);
        ctx.store().write(tx -> {
            StoredMfaDevice stored = device(tx, serial);
            if (userName != null) {
                assignedTo(tx, serial, EntityLookup.user(tx, ctx.accountId(), userName));
            } else if (!stored.device().assigned()) {
                throw notAssigned(serial);
            }
            tx.mfaDevices().assign(serial, null, null);
            return null;
        });
    }

    public void deleteVirtualMfaDevice(String serialNumber) {
        String serial = serialNumber(serialNumber);
        ctx.store().write(tx -> {
            StoredMfaDevice stored = device(tx, serial);
            if (stored.device().assigned()) {
                throw IamException.deleteConflict("MFA Device must be deactivated before deletion.");
            }
            tx.mfaDevices().delete(serial);
            return null;
        });
    }

    /**
     * GetMFADevice: a device enabled for the user. AWS documents this call for FIDO security keys;
     * Warden has only virtual devices, so it answers for those (without Certifications).
     */
    public VirtualMfaDevice getMfaDevice(String userName, String serialNumber) {
        String serial = serialNumber(serialNumber);
        String name = IamInputRules.name("userName", userName, 64);
        return ctx.store().read(tx -> assignedTo(tx, serial, EntityLookup.user(tx, ctx.accountId(), name)).device());
    }

    public void tagMfaDevice(String serialNumber, List<Tag> tags) {
        String serial = serialNumber(serialNumber);
        IamInputRules.required("tags", tags);
        ctx.store().write(tx -> {
            VirtualMfaDevice device = device(tx, serial).device();
            tx.mfaDevices().updateTags(serial,
                    TagSet.merge(device.tags(), tags, ctx.quotas().tagsPerResource(), TagKeyCase.SIGNIFICANT));
            return null;
        });
    }

    public void untagMfaDevice(String serialNumber, List<String> tagKeys) {
        String serial = serialNumber(serialNumber);
        IamInputRules.required("tagKeys", tagKeys);
        ctx.store().write(tx -> {
            tx.mfaDevices().updateTags(serial,
                    TagSet.remove(device(tx, serial).device().tags(), tagKeys, TagKeyCase.SIGNIFICANT));
            return null;
        });
    }

    public Page<Tag> listMfaDeviceTags(String serialNumber, ListOptions options) {
        String serial = serialNumber(serialNumber);
        List<Tag> tags = ctx.store().read(tx -> device(tx, serial).device().tags());
        return TagSet.page(tags, options);
    }

    /** ListMFADevices: the devices enabled for a user. */
    public Page<VirtualMfaDevice> listMfaDevices(String userName, ListOptions options) {
        String name = IamInputRules.name("userName", userName, 128);
        List<VirtualMfaDevice> devices = ctx.store().read(tx -> tx.mfaDevices()
                .listForUser(EntityLookup.user(tx, ctx.accountId(), name).userId()).stream()
                .map(StoredMfaDevice::device).toList());
        return Pagination.pageInMemory(devices, new ListOptions(null, options.marker(), options.maxItems()),
                VirtualMfaDevice::serialNumber);
    }

    public Page<VirtualMfaDevice> listVirtualMfaDevices(MfaRequests.AssignmentStatus status, ListOptions options) {
        MfaRequests.AssignmentStatus wanted = status == null ? MfaRequests.AssignmentStatus.Any : status;
        List<VirtualMfaDevice> devices = ctx.store().read(tx -> tx.mfaDevices().listForAccount(ctx.accountId()))
                .stream().map(StoredMfaDevice::device)
                .filter(d -> wanted == MfaRequests.AssignmentStatus.Any
                        || d.assigned() == (wanted == MfaRequests.AssignmentStatus.Assigned))
                .toList();
        return Pagination.pageInMemory(devices, new ListOptions(null, options.marker(), options.maxItems()),
                VirtualMfaDevice::serialNumber);
    }

    /** The devices of the account, for counts and reports. */
    public List<VirtualMfaDevice> allDevices() {
        return ctx.store().read(tx -> tx.mfaDevices().listForAccount(ctx.accountId())).stream()
                .map(StoredMfaDevice::device).toList();
    }

    /**
     * For STS: whether {@code code} is the current one-time code of the device {@code serialNumber}
     * enabled for the user {@code userId} (unknown, unassigned and other users' devices are
     * {@link MfaVerification#DEVICE_NOT_ASSOCIATED}).
     */
    public MfaVerification verify(String userId, String serialNumber, String code) {
        if (userId == null || serialNumber == null) {
            return MfaVerification.DEVICE_NOT_ASSOCIATED;
        }
        Optional<StoredMfaDevice> stored = ctx.store().read(tx -> tx.mfaDevices().find(serialNumber));
        if (stored.isEmpty() || !userId.equals(stored.get().device().userId())) {
            return MfaVerification.DEVICE_NOT_ASSOCIATED;
        }
        MfaSeed seed = ctx.secretCipher().decryptMfaSeed(stored.get().encryptedSeed(), serialNumber);
        try {
            return Totp.matchesNear(seed, code, ctx.clock().instant(), SIGN_IN_WINDOW_STEPS)
                    ? MfaVerification.VERIFIED : MfaVerification.WRONG_CODE;
        } finally {
            seed.destroy();
        }
    }

    private void requireConsecutive(StoredMfaDevice stored, String code1, String code2, int window) {
        MfaSeed seed = ctx.secretCipher().decryptMfaSeed(stored.encryptedSeed(), stored.device().serialNumber());
        try {
            Instant now = ctx.clock().instant();
            if (Totp.consecutiveStep(seed, code1, code2, now, window) < 0) {
                throw new IamException(IamErrorCode.INVALID_AUTHENTICATION_CODE, INVALID_CODE);
            }
        } finally {
            seed.destroy();
        }
    }

    private StoredMfaDevice device(StoreTransaction tx, String serial) {
        return tx.mfaDevices().find(serial).filter(d -> d.device().accountId().equals(ctx.accountId()))
                .orElseThrow(() -> IamException.noSuchEntity("VirtualMFADevice with serial number " + serial
                        + " doesn't exist."));
    }

    private StoredMfaDevice assignedTo(StoreTransaction tx, String serial, User user) {
        StoredMfaDevice stored = device(tx, serial);
        if (!user.userId().equals(stored.device().userId())) {
            throw notAssigned(serial);
        }
        return stored;
    }

    private static IamException notAssigned(String serial) {
        return IamException.noSuchEntity("MFA Device with serial number " + serial + " not found for user.");
    }

    private static String serialNumber(String value) {
        IamInputRules.required("serialNumber", value);
        IamInputRules.length("serialNumber", value, 9, 256);
        IamInputRules.pattern("serialNumber", value, SERIAL_PATTERN, SERIAL_PATTERN_TEXT);
        return value;
    }

    private static String code(String field, String value) {
        IamInputRules.required(field, value);
        IamInputRules.length(field, value, 6, 6);
        IamInputRules.pattern(field, value, CODE_PATTERN, "[\\d]+");
        return value;
    }
}
