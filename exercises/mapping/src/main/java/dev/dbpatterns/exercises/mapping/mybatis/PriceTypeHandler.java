package dev.dbpatterns.exercises.mapping.mybatis;

import dev.dbpatterns.exercises.mapping.domain.Price;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** A Price as whole cents in a bigint column, and back; BaseTypeHandler sends NULL for a null price itself. */
public final class PriceTypeHandler extends BaseTypeHandler<Price> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, Price price, JdbcType type) throws SQLException {
        // TODO(task 1): bind the euros as whole cents, exactly (as PriceConverter does), with statement.setLong.
        throw new UnsupportedOperationException("TODO(task 1): bind a Price as whole cents");
    }

    @Override
    public Price getNullableResult(ResultSet rows, String column) throws SQLException {
        // TODO(task 1): the column's cents as a Price; a NULL column is no price (careful: getLong reads NULL as 0).
        throw new UnsupportedOperationException("TODO(task 1): read a Price by column name");
    }

    @Override
    public Price getNullableResult(ResultSet rows, int index) throws SQLException {
        // TODO(task 1): the same, by the column's position.
        throw new UnsupportedOperationException("TODO(task 1): read a Price by position");
    }

    @Override
    public Price getNullableResult(CallableStatement call, int index) throws SQLException {
        // TODO(task 1): the same, from a procedure's out parameter.
        throw new UnsupportedOperationException("TODO(task 1): read a Price from a procedure");
    }
}
