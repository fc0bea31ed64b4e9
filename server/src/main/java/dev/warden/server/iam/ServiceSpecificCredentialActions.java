package dev.warden.server.iam;

import dev.warden.core.iam.CreatedServiceSpecificCredential;
import dev.warden.core.iam.ServiceSpecificCredentialService;
import dev.warden.core.model.Page;
import dev.warden.core.model.ServiceSpecificCredential;
import dev.warden.server.error.AwsError;
import dev.warden.server.error.AwsErrorCode;
import dev.warden.server.xml.XmlResult;
import dev.warden.server.xml.XmlWriter;
import java.time.Clock;
import java.time.Instant;

/**
 * The service-specific credential actions; members in the model's order (ServiceSpecificCredential,
 * ServiceSpecificCredentialMetadata). Bedrock API keys carry their name and secret as
 * ServiceCredentialAlias / ServiceCredentialSecret, the other services as ServiceUserName /
 * ServicePassword. The secret appears only in Create and Reset responses.
 */
final class ServiceSpecificCredentialActions {

    private ServiceSpecificCredentialActions() {}

    static void register(ActionTable table, IamApiContext context) {
        ServiceSpecificCredentialService credentials = context.iam().serviceSpecificCredentials();
        Clock clock = context.clock();
        table.add("CreateServiceSpecificCredential", r -> created(credentials.create(
                new ServiceSpecificCredentialService.CreateRequest(r.required("UserName"), r.required("ServiceName"),
                        r.optionalInt("CredentialAgeDays"))), clock.instant()));
        table.add("ResetServiceSpecificCredential", r -> created(credentials.reset(r.userNameOrCaller(),
                r.required("ServiceSpecificCredentialId")), clock.instant()));
        table.add("ListServiceSpecificCredentials", r -> {
            boolean allUsers = r.flag("AllUsers");
            if (allUsers && r.optional("UserName") != null) {
                throw new AwsError(AwsErrorCode.INVALID_INPUT, "AllUsers cannot be specified together with UserName.");
            }
            Page<ServiceSpecificCredential> page = credentials.list(new ServiceSpecificCredentialService.ListRequest(
                    allUsers ? null : r.userNameOrCaller(), r.optional("ServiceName"), allUsers, r.pageOptions()));
            Instant now = clock.instant();
            return xml -> {
                xml.list("ServiceSpecificCredentials", page.items(), (item, c) -> metadata(item, c, now));
                PageXml.write(xml, page);
            };
        });
        table.add("UpdateServiceSpecificCredential", r -> {
            credentials.updateStatus(r.userNameOrCaller(), r.required("ServiceSpecificCredentialId"),
                    r.required("Status"));
            return XmlResult.NONE;
        });
        table.add("DeleteServiceSpecificCredential", r -> {
            credentials.delete(r.userNameOrCaller(), r.required("ServiceSpecificCredentialId"));
            return XmlResult.NONE;
        });
    }

    /** The full shape, with the secret: revealed here, inside the response writer, and nowhere else. */
    private static XmlResult created(CreatedServiceSpecificCredential created, Instant now) {
        ServiceSpecificCredential c = created.credential();
        boolean bedrock = isBedrock(c);
        return xml -> {
            xml.start("ServiceSpecificCredential")
                    .element("CreateDate", c.createDate());
            if (c.expirationDate() != null) {
                xml.element("ExpirationDate", c.expirationDate());
            }
            xml.element("ServiceName", c.serviceName());
            if (bedrock) {
                xml.element("ServiceCredentialAlias", c.serviceUserName())
                        .element("ServiceCredentialSecret", created.password().reveal());
            } else {
                xml.element("ServiceUserName", c.serviceUserName())
                        .element("ServicePassword", created.password().reveal());
            }
            xml.element("ServiceSpecificCredentialId", c.credentialId())
                    .element("UserName", c.userName())
                    .element("Status", c.statusAt(now).name())
                    .end();
        };
    }

    /**
     * One listed credential. Expired ones stay listed, as {@code Expired} (a value of the model's
     * statusType), until deleted: expiry does not delete them.
     */
    private static void metadata(XmlWriter xml, ServiceSpecificCredential c, Instant now) {
        xml.element("UserName", c.userName())
                .element("Status", c.statusAt(now).name());
        if (isBedrock(c)) {
            xml.element("ServiceCredentialAlias", c.serviceUserName());
        } else {
            xml.element("ServiceUserName", c.serviceUserName());
        }
        xml.element("CreateDate", c.createDate());
        if (c.expirationDate() != null) {
            xml.element("ExpirationDate", c.expirationDate());
        }
        xml.element("ServiceSpecificCredentialId", c.credentialId())
                .element("ServiceName", c.serviceName());
    }

    private static boolean isBedrock(ServiceSpecificCredential c) {
        return c.serviceName().equals(ServiceSpecificCredentialService.BEDROCK);
    }
}
