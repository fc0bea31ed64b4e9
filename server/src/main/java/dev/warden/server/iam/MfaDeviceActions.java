package dev.warden.server.iam;

import dev.warden.core.iam.CreatedVirtualMfaDevice;
import dev.warden.core.iam.MfaDeviceService;
import dev.warden.core.iam.MfaRequests;
import dev.warden.core.model.Page;
import dev.warden.core.model.User;
import dev.warden.core.model.VirtualMfaDevice;
import dev.warden.server.xml.XmlResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The virtual MFA device actions. The seed leaves Warden once, in the CreateVirtualMFADevice
 * response: {@code Base32StringSeed} and {@code QRCodePNG} are blobs, so both are base64 on the wire.
 */
final class MfaDeviceActions {

    private static final List<String> ASSIGNMENT_STATUSES = Arrays.stream(MfaRequests.AssignmentStatus.values())
            .map(Enum::name).toList();

    private MfaDeviceActions() {}

    static void register(ActionTable table, IamApiContext context) {
        MfaDeviceService mfa = context.iam().mfaDevices();
        table.add("CreateVirtualMFADevice", r -> {
            CreatedVirtualMfaDevice created = mfa.createVirtualMfaDevice(new MfaRequests.CreateVirtualMfaDevice(
                    r.required("VirtualMFADeviceName"), r.optional("Path"), r.tags()));
            Base64.Encoder base64 = Base64.getEncoder();
            String seed = base64.encodeToString(created.seed().revealBase32().getBytes(StandardCharsets.US_ASCII));
            String qrCode = base64.encodeToString(QrCodePng.of(created.otpauthUri()));
            created.seed().destroy();
            VirtualMfaDevice device = created.device();
            return xml -> {
                xml.start("VirtualMFADevice")
                        .element("SerialNumber", device.serialNumber())
                        .element("Base32StringSeed", seed)
                        .element("QRCodePNG", qrCode);
                TagsXml.writeIfAny(xml, device.tags());
                xml.end();
            };
        });
        table.add("EnableMFADevice", r -> {
            mfa.enableMfaDevice(codes(r));
            return XmlResult.NONE;
        });
        table.add("ResyncMFADevice", r -> {
            mfa.resyncMfaDevice(codes(r));
            return XmlResult.NONE;
        });
        table.add("DeactivateMFADevice", r -> {
            mfa.deactivateMfaDevice(new MfaRequests.DeactivateMfaDevice(r.optional("UserName"),
                    r.required("SerialNumber")));
            return XmlResult.NONE;
        });
        table.add("DeleteVirtualMFADevice", r -> {
            mfa.deleteVirtualMfaDevice(r.required("SerialNumber"));
            return XmlResult.NONE;
        });
        table.add("GetMFADevice", r -> {
            VirtualMfaDevice device = mfa.getMfaDevice(r.userNameOrCaller(), r.required("SerialNumber"));
            return xml -> xml
                    .element("UserName", device.userName())
                    .element("SerialNumber", device.serialNumber())
                    .element("EnableDate", device.enableDate());
        });
        TagActions.register(table, "MFADevice", "SerialNumber",
                mfa::tagMfaDevice,
                mfa::untagMfaDevice,
                mfa::listMfaDeviceTags);
        table.add("ListMFADevices", r -> {
            Page<VirtualMfaDevice> page = mfa.listMfaDevices(r.userNameOrCaller(), r.pageOptions());
            return xml -> {
                xml.list("MFADevices", page.items(), (x, d) -> x
                        .element("UserName", d.userName())
                        .element("SerialNumber", d.serialNumber())
                        .element("EnableDate", d.enableDate()));
                PageXml.write(xml, page);
            };
        });
        table.add("ListVirtualMFADevices", r -> {
            String status = r.optionalEnum("AssignmentStatus", ASSIGNMENT_STATUSES);
            Page<VirtualMfaDevice> page = mfa.listVirtualMfaDevices(
                    status == null ? null : MfaRequests.AssignmentStatus.valueOf(status), r.pageOptions());
            List<Assigned> devices = page.items().stream()
                    .map(d -> new Assigned(d, d.assigned() ? context.iam().users().getUser(d.userName()) : null))
                    .toList();
            return xml -> {
                xml.list("VirtualMFADevices", devices, (x, a) -> {
                    x.element("SerialNumber", a.device().serialNumber());
                    if (a.user() != null) {
                        x.start("User");
                        UserXml.writeSummary(x, a.user());
                        x.end();
                        x.element("EnableDate", a.device().enableDate());
                    }
                });
                PageXml.write(xml, page);
            };
        });
    }

    private record Assigned(VirtualMfaDevice device, User user) {}

    private static MfaRequests.DeviceCodes codes(IamRequest r) {
        return new MfaRequests.DeviceCodes(r.required("UserName"), r.required("SerialNumber"),
                r.required("AuthenticationCode1"), r.required("AuthenticationCode2"));
    }
}
