package dev.warden.core.id;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** A 12-digit AWS account id. */
public record AccountId(String value) {
    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    public AccountId {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("account id must be exactly 12 digits");
        }
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    /** A random id that does not start with 0, so tools that parse it as a number keep all 12 digits. */
    public static AccountId random(SecureRandom random) {
        StringBuilder digits = new StringBuilder(12);
        digits.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < 12; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return new AccountId(digits.toString());
    }

    /** {@code arn:aws:iam::ACCOUNT:root}. */
    public String rootArn() {
        return "arn:aws:iam::" + value + ":root";
    }

    @Override
    public String toString() {
        return value;
    }
}
