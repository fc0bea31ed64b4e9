package dev.warden.server.iam;

import dev.warden.core.iam.AccessKeyRequests;
import dev.warden.core.iam.AccessKeyService;
import dev.warden.core.iam.CreatedAccessKey;
import dev.warden.core.model.AccessKey;
import dev.warden.core.model.AccessKeyLastUsed;
import dev.warden.core.model.Page;
import dev.warden.server.xml.XmlResult;

/**
 * The access key actions. {@code UserName} may be left out everywhere: it then means the user who
 * signed the request. The secret appears in the CreateAccessKey response and nowhere else.
 */
final class AccessKeyActions {

    /** GetAccessKeyLastUsed's ServiceName and Region for a key that was never used. */
    static final String NOT_APPLICABLE = "N/A";

    private AccessKeyActions() {}

    static void register(ActionTable table, IamApiContext context) {
        AccessKeyService keys = context.iam().accessKeys();
        table.add("CreateAccessKey", r -> {
            CreatedAccessKey created = keys.createAccessKey(r.userNameOrCaller());
            AccessKey key = created.accessKey();
            return xml -> xml.start("AccessKey")
                    .element("UserName", key.userName())
                    .element("AccessKeyId", key.accessKeyId())
                    .element("Status", key.status().name())
                    .element("SecretAccessKey", created.secretAccessKey().reveal())
                    .element("CreateDate", key.createDate())
                    .end();
        });
        table.add("ListAccessKeys", r -> {
            Page<AccessKey> page = keys.listAccessKeys(r.userNameOrCaller(), r.pageOptions());
            return xml -> {
                xml.list("AccessKeyMetadata", page.items(), (x, key) -> x
                        .element("UserName", key.userName())
                        .element("AccessKeyId", key.accessKeyId())
                        .element("Status", key.status().name())
                        .element("CreateDate", key.createDate()));
                PageXml.write(xml, page);
            };
        });
        table.add("UpdateAccessKey", r -> {
            String keyId = r.required("AccessKeyId");
            String status = r.required("Status");
            keys.updateAccessKey(new AccessKeyRequests.UpdateAccessKey(r.userNameOrCaller(), keyId, status));
            return XmlResult.NONE;
        });
        table.add("DeleteAccessKey", r -> {
            String keyId = r.required("AccessKeyId");
            keys.deleteAccessKey(new AccessKeyRequests.DeleteAccessKey(r.userNameOrCaller(), keyId));
            return XmlResult.NONE;
        });
        table.add("GetAccessKeyLastUsed", r -> {
            AccessKeyRequests.AccessKeyLastUsedResult result = keys.getAccessKeyLastUsed(r.required("AccessKeyId"));
            AccessKeyLastUsed used = result.lastUsed();
            return xml -> {
                xml.element("UserName", result.userName());
                xml.start("AccessKeyLastUsed");
                if (used != null) {
                    xml.element("LastUsedDate", used.date())
                            .element("ServiceName", used.serviceName())
                            .element("Region", used.region());
                } else {
                    xml.element("ServiceName", NOT_APPLICABLE).element("Region", NOT_APPLICABLE);
                }
                xml.end();
            };
        });
    }
}
