package dev.dbpatterns.testing;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Hibernate: three ways to isolate tests")
class HibernateIsolationLesson extends IsolationSteps {
    @Override
    protected String styleName() {
        return "Hibernate";
    }
}
