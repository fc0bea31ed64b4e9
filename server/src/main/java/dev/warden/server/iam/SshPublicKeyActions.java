package dev.warden.server.iam;

import dev.warden.core.iam.SshPublicKeyService;
import dev.warden.core.model.Page;
import dev.warden.core.model.SshPublicKey;
import dev.warden.server.xml.XmlResult;
import dev.warden.server.xml.XmlWriter;
import java.util.List;

/** The SSH public key actions; members in the model's order (SSHPublicKey, SSHPublicKeyMetadata). */
final class SshPublicKeyActions {

    private static final List<String> ENCODINGS = List.of("SSH", "PEM");

    private SshPublicKeyActions() {}

    static void register(ActionTable table, IamApiContext context) {
        SshPublicKeyService keys = context.iam().sshPublicKeys();
        table.add("UploadSSHPublicKey", r -> key(keys.uploadSshPublicKey(r.required("UserName"),
                r.required("SSHPublicKeyBody"))));
        table.add("GetSSHPublicKey", r -> {
            String encoding = r.optionalEnum("Encoding", ENCODINGS);
            return key(keys.getSshPublicKey(r.required("UserName"), r.required("SSHPublicKeyId"),
                    encoding == null ? null : SshPublicKeyService.Encoding.valueOf(encoding)));
        });
        table.add("ListSSHPublicKeys", r -> {
            Page<SshPublicKey> page = keys.listSshPublicKeys(r.userNameOrCaller(), r.pageOptions());
            return xml -> {
                xml.list("SSHPublicKeys", page.items(), (x, k) -> x
                        .element("UserName", k.userName())
                        .element("SSHPublicKeyId", k.keyId())
                        .element("Status", k.status().name())
                        .element("UploadDate", k.uploadDate()));
                PageXml.write(xml, page);
            };
        });
        table.add("UpdateSSHPublicKey", r -> {
            keys.updateSshPublicKey(r.required("UserName"), r.required("SSHPublicKeyId"), r.required("Status"));
            return XmlResult.NONE;
        });
        table.add("DeleteSSHPublicKey", r -> {
            keys.deleteSshPublicKey(r.required("UserName"), r.required("SSHPublicKeyId"));
            return XmlResult.NONE;
        });
    }

    private static XmlResult key(SshPublicKey key) {
        return xml -> {
            xml.start("SSHPublicKey");
            write(xml, key);
            xml.end();
        };
    }

    private static void write(XmlWriter xml, SshPublicKey key) {
        xml.element("UserName", key.userName())
                .element("SSHPublicKeyId", key.keyId())
                .element("Fingerprint", key.fingerprint())
                .element("SSHPublicKeyBody", key.body())
                .element("Status", key.status().name())
                .element("UploadDate", key.uploadDate());
    }
}
