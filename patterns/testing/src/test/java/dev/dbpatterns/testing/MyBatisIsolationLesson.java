package dev.dbpatterns.testing;

import org.junit.jupiter.api.DisplayName;

@DisplayName("MyBatis: three ways to isolate tests")
class MyBatisIsolationLesson extends IsolationSteps {
    @Override
    protected String styleName() {
        return "MyBatis";
    }
}
