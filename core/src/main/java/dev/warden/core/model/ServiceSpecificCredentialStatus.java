package dev.warden.core.model;

/**
 * A service-specific credential's status as IAM reports it (the model's {@code statusType}:
 * {@code Active | Inactive | Expired}), spelled as on the wire. {@code Expired} is not stored: it is
 * what an Active or Inactive credential with an expiration date in the past reads as.
 */
public enum ServiceSpecificCredentialStatus {
    Active,
    Inactive,
    Expired
}
