package dev.warden.server.workload;

import dev.warden.server.error.AwsError;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the credential endpoints answer: a document, or the refusal of a new session as JSON
 * ({@code Code}, {@code Message}) with its AWS status, which the SDKs report as they are.
 */
final class CredentialResponses {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialResponses.class);

    private CredentialResponses() {}

    static void issue(Context ctx, Workload workload, Supplier<String> document) {
        try {
            json(ctx, 200, document.get());
        } catch (AwsError refused) {
            LOG.warn("Workload {}: no new credentials for role {}: {}", workload.id(), workload.roleArn(),
                    refused.getMessage());
            json(ctx, refused.code().httpStatus(), CredentialsJson.error(refused.code().code(), refused.getMessage()));
        }
    }

    static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    static void text(Context ctx, int status, String body) {
        ctx.status(status).contentType("text/plain").result(body);
    }

}
