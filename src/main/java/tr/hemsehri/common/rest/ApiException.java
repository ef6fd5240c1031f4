package tr.hemsehri.common.rest;

/** A failure the client can act on: rendered as an application/problem+json body with this status. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final transient java.util.Map<String, Object> extensions;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, java.util.Map.of());
    }

    /** With extra problem members, e.g. the personal data found in a draft. */
    public ApiException(int status, String title, String detail, java.util.Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extensions = extensions;
    }

    public java.util.Map<String, Object> extensions() {
        return extensions;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Geçersiz istek", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Bulunamadı", detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Yetkisiz işlem", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Çakışma", detail);
    }
}
