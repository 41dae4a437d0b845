package no.takt.platform.jdbc;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database a data source is, for the few places that take PostgreSQL's own way (COPY, planner settings). */
public final class Databases {

    private Databases() {
    }

    public static boolean postgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.isWrapperFor(org.postgresql.PGConnection.class)));
    }
}
