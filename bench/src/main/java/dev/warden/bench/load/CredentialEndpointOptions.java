package dev.warden.bench.load;

import java.io.IOException;
import java.net.URI;
import picocli.CommandLine.Option;

/** Where the credential load drivers send their GETs: the endpoint and the token `./warden exec` set. */
public final class CredentialEndpointOptions {

    @Option(names = "--url", required = true, description = "the containerCredentialsFullUri (loopback)")
    URI url;

    @Option(names = "--token-env", defaultValue = "AWS_CONTAINER_AUTHORIZATION_TOKEN",
            description = "environment variable holding the token (default ${DEFAULT-VALUE})")
    String tokenVariable;

    /** The request to repeat, with the token read from the environment. */
    CredentialRequest request() throws IOException {
        String token = System.getenv(tokenVariable);
        if (token == null || token.isEmpty()) {
            throw new IllegalStateException(tokenVariable + " is not set: run under ./warden exec");
        }
        return new CredentialRequest(url, token);
    }
}
