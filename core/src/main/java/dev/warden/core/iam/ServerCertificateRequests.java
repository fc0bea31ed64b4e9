package dev.warden.core.iam;

import dev.warden.core.model.Tag;
import java.util.List;

/** Typed parameters of the server certificate actions; null members are "not given". */
public final class ServerCertificateRequests {
    private ServerCertificateRequests() {
    }

    public record Upload(String name, String path, String certificateBody, String privateKey, String certificateChain,
            List<Tag> tags) {
        @Override
        public String toString() {
            return "Upload[" + name + ", " + path + ", privateKey=****]";
        }
    }

    public record Update(String name, String newPath, String newName) {
    }
}
