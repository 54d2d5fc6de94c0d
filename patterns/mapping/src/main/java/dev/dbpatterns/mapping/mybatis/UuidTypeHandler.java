package dev.dbpatterns.mapping.mybatis;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Passes a UUID to the driver as a UUID (every target has a uuid column type), and reads one back. */
// tag::uuid[]
public final class UuidTypeHandler extends BaseTypeHandler<UUID> {
    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, UUID value, JdbcType type) throws SQLException {
        statement.setObject(index, value);
    }

    @Override
    public UUID getNullableResult(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }
    // end::uuid[]

    @Override
    public UUID getNullableResult(ResultSet rows, int index) throws SQLException {
        return rows.getObject(index, UUID.class);
    }

    @Override
    public UUID getNullableResult(CallableStatement call, int index) throws SQLException {
        return call.getObject(index, UUID.class);
    }
}
