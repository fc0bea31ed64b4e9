package dev.warden.server.s3;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * S3's general-purpose bucket naming rules: 3 to 63 characters of lower-case letters, digits, dots and
 * hyphens, starting and ending with a letter or digit, no two adjacent dots, not shaped like an IP
 * address, none of the reserved prefixes and suffixes. A valid name is also a safe directory name.
 */
final class BucketName {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private BucketName() {}

    static String require(String name) {
        if (!isValid(name)) {
            throw new S3Error("InvalidBucketName", 400, "The specified bucket is not valid.",
                    Map.of("BucketName", name.length() > 255 ? name.substring(0, 255) : name));
        }
        return name;
    }

    static boolean isValid(String name) {
        return SHAPE.matcher(name).matches()
                && !name.contains("..")
                && !IP_ADDRESS.matcher(name).matches()
                && !name.startsWith("xn--") && !name.startsWith("sthree-") && !name.startsWith("amzn-s3-demo-")
                && !name.endsWith("-s3alias") && !name.endsWith("--ol-s3") && !name.endsWith(".mrap")
                && !name.endsWith("--x-s3");
    }
}
