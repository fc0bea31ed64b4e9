package dev.warden.server.query;

import java.util.List;
import java.util.Optional;

/**
 * An AWS Query API that Warden serves: the SigV4 signing name, the {@code Version} its clients send
 * and the XML namespace of its responses.
 */
public record QueryService(String signingName, String version, String xmlNamespace) {

    public static final QueryService IAM =
            new QueryService("iam", "2010-05-08", "https://iam.amazonaws.com/doc/2010-05-08/");
    public static final QueryService STS =
            new QueryService("sts", "2011-06-15", "https://sts.amazonaws.com/doc/2011-06-15/");

    public static final List<QueryService> ALL = List.of(IAM, STS);

    public static Optional<QueryService> bySigningName(String signingName) {
        return ALL.stream().filter(s -> s.signingName.equals(signingName)).findFirst();
    }

    /** For unsigned requests, whose service can only be told from the {@code Version} parameter. */
    public static Optional<QueryService> byVersion(String version) {
        return ALL.stream().filter(s -> s.version.equals(version)).findFirst();
    }
}
