package dev.dbpatterns.archfixtures.poolindomain.domain;

import com.zaxxer.hikari.HikariDataSource;

/** Wrong on purpose: a domain class that holds the connection pool. */
public class Book {
    HikariDataSource pool;
}
