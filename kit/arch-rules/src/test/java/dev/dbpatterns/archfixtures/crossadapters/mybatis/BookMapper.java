package dev.dbpatterns.archfixtures.crossadapters.mybatis;

public interface BookMapper {
    int count();
}
