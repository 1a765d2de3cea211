package dev.jtauri;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Records what one logger writes, for tests that check what is logged and what is not.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private final Level previousLevel;

    public LogCapture(Class<?> loggerClass) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerClass);
        this.previousLevel = this.logger.getLevel();
        this.logger.setLevel(Level.DEBUG);
        this.appender.start();
        this.logger.addAppender(this.appender);
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(this.appender.list);
    }

    public List<ILoggingEvent> at(Level level) {
        return events().stream().filter((event) -> event.getLevel() == level).toList();
    }

    @Override
    public void close() {
        this.logger.detachAppender(this.appender);
        this.logger.setLevel(this.previousLevel);
    }
}
