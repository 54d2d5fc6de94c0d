package dev.dbpatterns.pooling;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What a library logged while a lesson ran, kept to be asserted: HikariCP says some things only
 * in its log (a setting it replaced, a connection that looks leaked). Only what reaches the
 * logger's level is kept; the lessons' logback configuration lets warnings through.
 */
final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(String loggerName) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
        // Asserted, so not also printed: a lesson's output shows what the lesson says about it.
        logger.setAdditive(false);
    }

    static LogCapture of(Class<?> source) {
        return of(source.getName());
    }

    /** By the logger's name, for a class that is not public. */
    static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    /** The messages logged so far, with their arguments filled in. */
    List<String> messages() {
        synchronized (appender.list) {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** The events logged so far: level, message, the exception logged with it. */
    List<ILoggingEvent> events() {
        synchronized (appender.list) {
            return List.copyOf(appender.list);
        }
    }

    @Override
    public void close() {
        logger.setAdditive(true);
        logger.detachAppender(appender);
        appender.stop();
    }
}
