package tr.hemsehri.department.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tr.hemsehri.department.service.DepartmentService;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "moderator", "department"})
public class DepartmentResource {
    public record DepartmentView(Long id, String code, String name) {
    }

    @Inject
    DepartmentService service;

    @GET
    public List<DepartmentView> list() {
        return service.list().stream().map(d -> new DepartmentView(d.id, d.code, d.name)).toList();
    }
}
