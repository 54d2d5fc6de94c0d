package dev.dbpatterns.archfixtures.jdbcindomain.domain;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Wrong on purpose: a domain class that maps itself from a JDBC row. */
public class Book {
    String title;

    static Book from(ResultSet row) throws SQLException {
        Book book = new Book();
        book.title = row.getString("title");
        return book;
    }
}
