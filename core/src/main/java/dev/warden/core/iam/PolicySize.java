package dev.warden.core.iam;

/** IAM counts policy sizes without whitespace (iam-semantics §1.12-1.13). */
public final class PolicySize {
    private PolicySize() {
    }

    public static int countedChars(String document) {
        int count = 0;
        for (int i = 0; i < document.length(); i++) {
            if (!Character.isWhitespace(document.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
