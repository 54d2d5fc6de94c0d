package dev.dbpatterns.archfixtures.domainseesadapter.mybatis;

public record BookRow(String title) {
}
