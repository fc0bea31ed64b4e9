package dev.warden.server.iam;

import dev.warden.core.error.IamException;
import dev.warden.server.QueryCall;
import dev.warden.server.QueryHandler;
import dev.warden.server.principal.WardenPrincipal;
import dev.warden.server.xml.XmlResult;

/**
 * The body of one IAM action: reads its parameters through an {@link IamRequest}, acts through the
 * IAM core and returns the children of {@code <ActionResult>}.
 */
@FunctionalInterface
interface IamAction {

    XmlResult run(IamRequest request);

    /**
     * As a Query handler: the members every operation constrains alike are checked first
     * ({@link SharedMemberConstraints}), then the core's {@link IamException}s become AWS errors with
     * the same code and status. Every action reads and decides before it returns; the {@link XmlResult} it returns only
     * formats values already in hand, so no core call (and no core error) happens while writing.
     */
    default QueryHandler<WardenPrincipal> asHandler() {
        return (QueryCall<WardenPrincipal> call) -> {
            SharedMemberConstraints.check(call.params());
            try {
                return run(new IamRequest(call));
            } catch (IamException e) {
                throw IamErrors.toAwsError(e);
            }
        };
    }
}
