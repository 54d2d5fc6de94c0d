package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.unitofwork.domain.Order;

/** Orders, with their lines when loaded; the SQL is in OrderMapper.xml. */
public interface OrderMapper {
    Order findById(long id);

    void insert(Order order);

    int update(Order order);

    int delete(Order order);
}
