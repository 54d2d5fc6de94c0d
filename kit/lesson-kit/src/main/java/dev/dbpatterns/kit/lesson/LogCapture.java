package dev.dbpatterns.kit.lesson;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What a library logged while a lesson or an exercise test ran, kept to be asserted: HikariCP says
 * some things only in its log (a setting it replaced, a connection that looks leaked). Only what
 * reaches the logger's level is kept; the kit's logback configuration lets warnings through, and
 * {@link #withDebugOf} lowers one logger's level until the capture is closed.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level levelBefore;

    private LogCapture(String loggerName, Level level) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        this.levelBefore = logger.getLevel();
        if (level != null) {
            logger.setLevel(level);
        }
        appender.start();
        logger.addAppender(appender);
        // Asserted, so not also printed: a lesson's output shows what the lesson says about it.
        logger.setAdditive(false);
    }

    public static LogCapture of(Class<?> source) {
        return of(source.getName());
    }

    /** By the logger's name, for a class that is not public. */
    public static LogCapture of(String loggerName) {
        return new LogCapture(loggerName, null);
    }

    /** Also what the library says only at debug level, such as why HikariCP closed a connection. */
    public static LogCapture withDebugOf(String loggerName) {
        return new LogCapture(loggerName, Level.DEBUG);
    }

    /** The messages logged so far, with their arguments filled in. */
    public List<String> messages() {
        synchronized (appender.list) {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** The events logged so far: level, message, the exception logged with it. */
    public List<ILoggingEvent> events() {
        synchronized (appender.list) {
            return List.copyOf(appender.list);
        }
    }

    @Override
    public void close() {
        logger.setAdditive(true);
        logger.setLevel(levelBefore);
        logger.detachAppender(appender);
        appender.stop();
    }
}
