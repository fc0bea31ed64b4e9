package dev.warden.core.iam;

import dev.warden.core.model.ServiceSpecificCredential;
import dev.warden.core.secret.ServicePassword;

/** Create/ResetServiceSpecificCredential's result: the only times the password is handed out. */
public record CreatedServiceSpecificCredential(ServiceSpecificCredential credential, ServicePassword password) {
}
