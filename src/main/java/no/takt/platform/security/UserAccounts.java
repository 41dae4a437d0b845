package no.takt.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.web.CrudService;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users who log in, with hashed passwords; also Spring Security's user source. */
@Service
public class UserAccounts implements UserDetailsService, CrudService<UserAccount, UserInput> {

    static final String ENTITY = "user";
    private static final SortSpec SORTS = new SortSpec(Map.of("username", "username", "displayName", "lower(display_name)",
            "role", "role"), "username");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Login(String hash, Role role, boolean active) {
        }
        Login login = jdbc.sql("select password_hash, role, active from app_user where username = ?")
                .param(username)
                .query((rs, i) -> new Login(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(username).password(login.hash()).roles(login.role().name())
                .disabled(!login.active()).build();
    }

    public Page<UserAccount> list(PageQuery query) {
        return PagedQuery.select("*", "app_user").search(query.q(), "username", "display_name")
                .page(jdbc, query, SORTS, "id", UserAccounts::map);
    }

    @Override
    public UserAccount get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    @Override
    @Transactional
    public UserAccount create(UserInput input) {
        if (input.password() == null) {
            throw BadInputException.field("password", "jakarta.validation.constraints.NotBlank.message");
        }
        if (Tables.taken(jdbc, "app_user", "username", input.username(), null)) {
            throw ConflictException.field("username", "error.duplicate", input.username());
        }
        Stamp stamp = audit.stamp();
        long id = Rows.insert(jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, active, version,
                          created_at, created_by, modified_at, modified_by)
                        values (:username, :displayName, :hash, :role, :active, 0, :at, :by, :at, :by)""")
                .param("username", input.username())
                .param("displayName", displayName(input))
                .param("hash", passwords.encode(input.password()))
                .param("role", input.role().name())
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by()));
        UserAccount created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public UserAccount update(long id, UserInput input) {
        UserAccount before = get(id);
        if (!before.username().equals(input.username())) {
            throw BadInputException.field("username", "error.username-fixed");
        }
        Stamp stamp = audit.stamp();
        Tables.updateVersioned(jdbc.sql("""
                        update app_user set display_name = :displayName, role = :role, active = :active,
                          version = version + 1, modified_at = :at, modified_by = :by
                        where id = :id and version = :version""")
                .param("displayName", displayName(input))
                .param("role", input.role().name())
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by()), id, input.version(), before.version());
        if (input.password() != null) {
            jdbc.sql("update app_user set password_hash = ? where id = ?")
                    .params(passwords.encode(input.password()), id).update();
            audit.updated(ENTITY, id, new PasswordChange(false), new PasswordChange(true));
        }
        UserAccount after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /** Stands for a password change in the audit log, which never sees the password or its hash. */
    private record PasswordChange(boolean passwordChanged) {
    }

    private Optional<UserAccount> find(long id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(UserAccounts::map).optional();
    }

    private static String displayName(UserInput input) {
        return input.displayName() == null || input.displayName().isBlank() ? input.username() : input.displayName();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("active"), rs.getInt("version"),
                Rows.time(rs, "created_at"), rs.getString("created_by"), Rows.time(rs, "modified_at"),
                rs.getString("modified_by"));
    }
}
