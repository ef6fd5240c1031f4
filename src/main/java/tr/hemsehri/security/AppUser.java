package tr.hemsehri.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_users")
public class AppUser extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false, unique = true)
    public String username;
    /** bcrypt (modular crypt format); the plain password is never stored. */
    @Column(nullable = false)
    public String passwordHash;
    public String displayName;
    /** admin, moderator or department. */
    @Column(nullable = false)
    public String role;
    /** Set exactly when role is department: such a user sees only cases forwarded to this department. */
    public Long departmentId;
    /** May approve replies that wait for approval. */
    public boolean approver;
    public boolean enabled = true;
}
