package dev.jtauri.autoconfigure;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import dev.jtauri.TauriCommand;
import dev.jtauri.TauriListener;
import dev.jtauri.command.CommandRegistry;
import dev.jtauri.runtime.TauriRuntime;
import dev.jtauri.support.MethodTarget;
import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Finds the {@link TauriCommand @TauriCommand} and {@link TauriListener @TauriListener} methods
 * of every bean once all singletons exist, and registers them with the runtime.
 *
 * <p>As Spring's {@code EventListenerMethodProcessor} does, it looks at each bean's real class
 * without creating it, reads annotations, generic types and parameter names from the user's
 * method, and calls through the bean (a proxy, if any) so that {@code @Transactional},
 * {@code @Validated} and other advice apply. A method that cannot be served fails the startup,
 * naming the bean and the method.
 */
public class TauriMethodProcessor implements SmartInitializingSingleton, BeanFactoryAware {

    private ConfigurableListableBeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        TauriRuntime runtime = this.beanFactory.getBean(TauriRuntime.class);
        for (String beanName : this.beanFactory.getBeanNamesForType(Object.class, false, false)) {
            if (ScopedProxyUtils.isScopedTarget(beanName)) {
                continue;
            }
            Class<?> type = AutoProxyUtils.determineTargetClass(this.beanFactory, beanName);
            if (type == null) {
                continue;
            }
            Map<Method, TauriCommand> commands = find(type, TauriCommand.class);
            Map<Method, TauriListener> listeners = find(type, TauriListener.class);
            if (commands.isEmpty() && listeners.isEmpty()) {
                continue;
            }
            Object bean = this.beanFactory.getBean(beanName);
            commands.forEach((method, command) -> runtime.commands().register(CommandRegistry.nameOf(command, method),
                    target(beanName, bean, type, method)));
            listeners.forEach((method, listener) -> runtime.listenerMethods().register(listener,
                    target(beanName, bean, type, method)));
        }
    }

    /** The method on the user's class, called through the bean, which may be a proxy. */
    private static MethodTarget target(String beanName, Object bean, Class<?> type, Method method) {
        return new MethodTarget(beanName, bean, type, method, AopUtils.selectInvocableMethod(method, bean.getClass()));
    }

    private static <A extends Annotation> Map<Method, A> find(Class<?> type, Class<A> annotation) {
        if (!AnnotationUtils.isCandidateClass(type, annotation)) {
            return Map.of();
        }
        Map<Method, A> found = new TreeMap<>(Comparator.comparing(Method::toGenericString));
        found.putAll(MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<A>) (method) -> AnnotatedElementUtils.findMergedAnnotation(method,
                        annotation)));
        return found;
    }
}
