package tr.hemsehri.security;

public final class Roles {
    public static final String ADMIN = "admin";
    public static final String MODERATOR = "moderator";
    public static final String DEPARTMENT = "department";
    /** Extra role granted to users with the approver flag. */
    public static final String APPROVER = "approver";

    private Roles() {
    }
}
