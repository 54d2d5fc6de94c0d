package dev.dbpatterns.unitofwork.mybatis;

import dev.dbpatterns.unitofwork.domain.Book;
import dev.dbpatterns.unitofwork.domain.Customer;
import dev.dbpatterns.unitofwork.domain.Order;
import dev.dbpatterns.unitofwork.domain.OrderLine;
import dev.dbpatterns.unitofwork.domain.UnitOfWorkMisuse;
import java.util.Arrays;
import org.apache.ibatis.reflection.SystemMetaObject;

/**
 * The kinds of row a unit of work writes, and the mapper whose insert, update and delete
 * statements write each.
 */
// tag::foreign-key-order[]
// Declared in foreign-key order, parents before children: INSERTs follow this order, DELETEs
// the reverse, so no row is ever written before the row it points to, or deleted after it.
enum RowType {
    CUSTOMER(Customer.class, CustomerMapper.class),
    BOOK(Book.class, BookMapper.class),
    ORDER(Order.class, OrderMapper.class),
    ORDER_LINE(OrderLine.class, OrderLineMapper.class);
    // end::foreign-key-order[]

    private final Class<?> entity;
    private final Class<?> mapper;

    RowType(Class<?> entity, Class<?> mapper) {
        this.entity = entity;
        this.mapper = mapper;
    }

    static RowType of(Object row) {
        return Arrays.stream(values()).filter(type -> type.entity.isInstance(row)).findFirst()
                .orElseThrow(() -> UnitOfWorkMisuse.notAnEntity(row));
    }

    static RowType ofClass(Class<?> entity) {
        return Arrays.stream(values()).filter(type -> type.entity == entity).findFirst().orElseThrow();
    }

    /** The id of a statement in this type's mapper XML: "insert", "update" or "delete". */
    String statement(String name) {
        return mapper.getName() + "." + name;
    }

    // The domain offers no setter for an id, and needs none: MyBatis reads and sets the field,
    // as it does when it maps a row.
    static Long idOf(Object row) {
        of(row); // a clear error for something that is no entity at all
        return (Long) SystemMetaObject.forObject(row).getValue("id");
    }

    /** "Book 42": how errors name a row. */
    static String describe(Object row) {
        return row.getClass().getSimpleName() + " " + idOf(row);
    }

    static void assignId(Object row, long id) {
        SystemMetaObject.forObject(row).setValue("id", id);
    }
}
