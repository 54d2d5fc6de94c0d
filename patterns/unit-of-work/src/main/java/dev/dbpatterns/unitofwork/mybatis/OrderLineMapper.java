package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.unitofwork.domain.OrderLine;

/** Order lines, loaded with their order; the SQL is in OrderLineMapper.xml. */
public interface OrderLineMapper {
    void insert(OrderLine line);

    int update(OrderLine line);

    int delete(OrderLine line);
}
