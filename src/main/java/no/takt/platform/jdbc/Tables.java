package no.takt.platform.jdbc;

import no.takt.platform.errors.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The checks every master-data write makes: is a unique value taken, and is the version current. */
public final class Tables {

    private Tables() {
    }

    /** True when another row than {@code exceptId} (null: any row) has this value in the column. */
    public static boolean taken(JdbcClient jdbc, String table, String column, Object value, Long exceptId) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ? and id <> ?")
                .params(value, exceptId == null ? -1L : exceptId)
                .query(Long.class)
                .single() > 0;
    }

    /**
     * Runs an update whose SQL ends {@code where id = :id and version = :version} (and increments
     * the version). The requested version is the one the caller last read; when it is not given, the
     * one read inside this transaction. No row updated means someone else changed it first: 409.
     */
    public static void updateVersioned(JdbcClient.StatementSpec update, long id, Integer requestedVersion,
            int currentVersion) {
        int rows = update.param("id", id)
                .param("version", requestedVersion == null ? currentVersion : requestedVersion)
                .update();
        if (rows == 0) {
            throw ConflictException.staleVersion();
        }
    }
}
