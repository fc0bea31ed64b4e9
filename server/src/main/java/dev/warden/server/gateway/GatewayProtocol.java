package dev.warden.server.gateway;

/**
 * How a service's API is spoken on the wire, as far as the gateway answers it: the JSON protocols
 * ({@code X-Amz-Target}, errors as {@code {"__type": …}} with 400) and REST-JSON (Lambda: paths,
 * errors with the {@code x-amzn-ErrorType} header and the status the service models, 403 for
 * AccessDeniedException).
 */
enum GatewayProtocol {
    JSON_1_0("application/x-amz-json-1.0", 400),
    JSON_1_1("application/x-amz-json-1.1", 400),
    REST_JSON("application/json", 403);

    private final String contentType;
    private final int accessDeniedStatus;

    GatewayProtocol(String contentType, int accessDeniedStatus) {
        this.contentType = contentType;
        this.accessDeniedStatus = accessDeniedStatus;
    }

    String contentType() {
        return contentType;
    }

    int accessDeniedStatus() {
        return accessDeniedStatus;
    }

    /** Client errors of the JSON protocols are 400 whatever their code; REST-JSON uses the modelled status. */
    int status(int restStatus) {
        return this == REST_JSON ? restStatus : 400;
    }
}
