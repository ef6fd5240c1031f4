package tr.hemsehri.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves as application/problem+json with a message a person can act on. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return Problem.response(e.status(), e.title(), e.getMessage(), e.extensions());
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        String field = fieldPath(e);
        String detail;
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            detail = "'" + field + "' alanı için geçersiz değer: " + e.getValue() + ". Geçerli değerler: "
                    + Arrays.stream(e.getTargetType().getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "));
        } else {
            detail = "'" + field + "' alanı için geçersiz değer: " + e.getValue();
        }
        return Problem.response(400, "Geçersiz istek", detail);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        return Problem.response(400, "Geçersiz istek", "Bilinmeyen alan: '" + e.getPropertyName() + "'");
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = fieldPath(e);
        return Problem.response(400, "Geçersiz istek",
                field.isEmpty() ? "İstek gövdesi beklenen biçimde değil" : "'" + field + "' alanı beklenen türde değil");
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String detail = original.contains("UTF-8") || original.contains("UTF8")
                ? "İstek gövdesi geçerli UTF-8 değil"
                : "İstek gövdesi geçerli JSON değil: " + shorten(original);
        return Problem.response(400, "Geçersiz JSON", detail);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(Problem.response(401, "Kimlik doğrulama gerekli", "Geçerli kimlik bilgileri gönderin"))
                .header("WWW-Authenticate", "Basic realm=\"Hemsehri\"").build();
    }

    @ServerExceptionMapper
    public Response authFailed(AuthenticationFailedException e) {
        return unauthorized(new UnauthorizedException());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(403, "Yetkisiz işlem", "Bu işlem için yetkiniz yok");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidFormatException f) {
                return invalidFormat(f);
            }
            if (t instanceof UnrecognizedPropertyException u) {
                return unknownProperty(u);
            }
            if (t instanceof MismatchedInputException m) {
                return mismatched(m);
            }
            if (t instanceof JsonProcessingException j) {
                return json(j);
            }
        }
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return Problem.response(status, reason, e.getMessage());
    }

    @ServerExceptionMapper
    public Response optimisticLock(jakarta.persistence.OptimisticLockException e) {
        return Problem.response(409, "Çakışma", "Kayıt bu sırada başka biri tarafından değiştirildi; yeniden deneyin");
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        return Problem.response(400, "Geçersiz istek", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unhandled error", e);
        return Problem.response(500, "Sunucu hatası", "Beklenmeyen bir hata oluştu; kayıt değiştirilmedi");
    }

    private static String fieldPath(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m) {
            return m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        return "";
    }

    private static String shorten(String s) {
        int cut = s.indexOf('\n');
        String first = cut < 0 ? s : s.substring(0, cut);
        return first.length() > 200 ? first.substring(0, 200) : first;
    }
}
