package dev.dbpatterns.unitofwork.domain;

/** Where business transactions begin: one unit of work for each. */
public interface UnitsOfWork {

    ShopUnitOfWork begin();
}
