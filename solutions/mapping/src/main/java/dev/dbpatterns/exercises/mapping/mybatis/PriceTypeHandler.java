package dev.dbpatterns.exercises.mapping.mybatis;

import dev.dbpatterns.exercises.mapping.domain.Price;
import java.math.BigDecimal;
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
        // longValueExact: a price too big for a bigint is refused, never wrapped around.
        statement.setLong(index, price.euros().movePointRight(2).longValueExact());
    }

    @Override
    public Price getNullableResult(ResultSet rows, String column) throws SQLException {
        return fromCents(rows.getObject(column, Long.class));
    }

    @Override
    public Price getNullableResult(ResultSet rows, int index) throws SQLException {
        return fromCents(rows.getObject(index, Long.class));
    }

    @Override
    public Price getNullableResult(CallableStatement call, int index) throws SQLException {
        return fromCents(call.getObject(index, Long.class));
    }

    // getObject, not getLong: getLong reads NULL as 0, and an unpaid trade would come back paid 0.00.
    private static Price fromCents(Long cents) {
        return cents == null ? null : new Price(BigDecimal.valueOf(cents, 2));
    }
}
