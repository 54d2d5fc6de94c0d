package dev.dbpatterns.archfixtures.applicationseesadapter.hibernate;

public class HibernateBooks {
    public int count() {
        return 0;
    }
}
