package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.unitofwork.domain.Customer;

/** Customers, one statement each; the SQL is in CustomerMapper.xml. */
public interface CustomerMapper {
    Customer findById(long id);

    void insert(Customer customer);

    int update(Customer customer);

    int delete(Customer customer);
}
