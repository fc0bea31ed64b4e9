package dev.warden.core.iam;

import dev.warden.core.model.Tag;
import java.util.List;

/** Typed parameters of the MFA device actions; null members are "not given". */
public final class MfaRequests {
    private MfaRequests() {
    }

    public record CreateVirtualMfaDevice(String deviceName, String path, List<Tag> tags) {
    }

    /** EnableMFADevice and ResyncMFADevice: two consecutive codes of the device. */
    public record DeviceCodes(String userName, String serialNumber, String code1, String code2) {
        @Override
        public String toString() {
            return "DeviceCodes[" + userName + ", " + serialNumber + ", codes=****]";
        }
    }

    public record DeactivateMfaDevice(String userName, String serialNumber) {
    }

    /** ListVirtualMFADevices' AssignmentStatus. */
    public enum AssignmentStatus {
        Assigned, Unassigned, Any
    }
}
