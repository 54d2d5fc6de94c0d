package dev.dbpatterns.archfixtures.mybatisindomain.domain;

import org.apache.ibatis.session.SqlSession;

/** Wrong on purpose: a domain class that knows MyBatis. */
public class Book {
    void save(SqlSession session) {
        session.insert("insertBook", this);
    }
}
