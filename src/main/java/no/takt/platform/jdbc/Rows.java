package no.takt.platform.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.takt.platform.Address;
import no.takt.platform.audit.Stamps;
import no.takt.money.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Small helpers for mapping result-set columns that may be null. */
public final class Rows {

    private Rows() {
    }

    /** Runs an insert into a table with an identity column {@code id} and answers the new id. */
    public static long insert(JdbcClient.StatementSpec insert) {
        KeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** An amount as the API shows it: at least two decimals, no trailing zeros beyond them. */
    public static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        return Amounts.display(rs.getBigDecimal(column));
    }

    /** An address stored as {@code prefix_street}, {@code prefix_postcode}, … columns. */
    /** The bookkeeping columns created_at/by and modified_at/by. */
    public static Stamps stamps(ResultSet rs) throws SQLException {
        return new Stamps(time(rs, "created_at"), rs.getString("created_by"), time(rs, "modified_at"),
                rs.getString("modified_by"));
    }

    public static Address address(ResultSet rs, String prefix) throws SQLException {
        return new Address(rs.getString(prefix + "street"), rs.getString(prefix + "postcode"),
                rs.getString(prefix + "city"), rs.getString(prefix + "country"));
    }
}
