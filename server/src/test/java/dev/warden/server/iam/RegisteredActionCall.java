package dev.warden.server.iam;

import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.query.QueryParameters;
import dev.warden.server.query.QueryService;
import dev.warden.server.xml.QueryXmlDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Runs one action of an {@link ActionTable} on Query parameters, as the endpoint would after authorization. */
final class RegisteredActionCall {

    private final Map<String, QueryHandler<WardenPrincipal>> handlers;

    RegisteredActionCall(Consumer<ActionTable> registration) {
        ActionTable table = new ActionTable();
        registration.accept(table);
        this.handlers = table.toMap();
    }

    /** @return the response document; AWS errors are thrown as {@link dev.warden.server.error.AwsError} */
    String run(String action, Map<String, String> params) {
        QueryCall<WardenPrincipal> call = new QueryCall<>("r", QueryService.IAM, action, QueryParameters.of(params),
                Optional.empty(), Instant.EPOCH, "127.0.0.1", "", false);
        return new String(QueryXmlDocuments.success(QueryService.IAM.xmlNamespace(), action, "r",
                handlers.get(action).handle(call)), StandardCharsets.UTF_8);
    }
}
