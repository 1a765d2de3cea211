package dev.jtauri.autoconfigure.webview;

import dev.jtauri.autoconfigure.TauriProperties;
import dev.jtauri.webview.jcef.CefEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Starts CEF as the context starts refreshing, before any bean is created, so CEF's start
 * (natives, subprocesses, context) and the context's own overlap. This is also before anything
 * in the app can touch AWT, which CEF requires. Bad properties are left for the properties bean
 * to report.
 */
class JcefEarlyStart implements BeanFactoryPostProcessor, EnvironmentAware, ResourceLoaderAware {

    private static final Logger logger = LoggerFactory.getLogger(JcefEarlyStart.class);

    private Environment environment;

    private ResourceLoader resourceLoader;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        try {
            TauriProperties properties = Binder.get(this.environment).bindOrCreate("tauri", TauriProperties.class);
            if (properties.getWebview().isEarlyStart()) {
                CefEngine.start(JcefOptionsFactory.create(properties, this.environment, this.resourceLoader).engine());
            }
        }
        catch (RuntimeException ex) {
            logger.debug("CEF not started early: {}", ex.toString());
        }
    }
}
