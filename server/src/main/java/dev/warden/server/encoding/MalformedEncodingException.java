package dev.warden.server.encoding;

/** Input that is not valid percent-encoded UTF-8; {@link #position()} is the offset of the fault. */
public final class MalformedEncodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int position;

    public MalformedEncodingException(String problem, int position) {
        super(problem + " at offset " + position, null, false, false);
        this.problem = problem;
        this.position = position;
    }

    /** What is wrong, without the position, e.g. {@code invalid percent-escape}. */
    public String problem() {
        return problem;
    }

    public int position() {
        return position;
    }
}
