package dev.jtauri.autoconfigure;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Map;

import dev.jtauri.TauriCommand;
import dev.jtauri.command.CommandRegistry;
import dev.jtauri.runtime.TauriRuntime;
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
 * Finds the {@link TauriCommand @TauriCommand} methods of every bean once all singletons exist,
 * and registers them with the runtime. As Spring's {@code EventListenerMethodProcessor} does, it
 * looks at each bean's real class without creating it, reads annotations and parameter names
 * from the user's method, and calls through the bean (a proxy, if any) so that
 * {@code @Transactional}, {@code @Validated} and other advice apply. A method that cannot be
 * served fails the startup, naming the bean and the method.
 */
public class TauriCommandMethodProcessor implements SmartInitializingSingleton, BeanFactoryAware {

    private ConfigurableListableBeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    private static String commandName(Method method, TauriCommand annotation) {
        return annotation.value().isEmpty() ? method.getName() : annotation.value();
    }

    @Override
    public void afterSingletonsInstantiated() {
        CommandRegistry registry = this.beanFactory.getBean(TauriRuntime.class).commands();
        for (String beanName : this.beanFactory.getBeanNamesForType(Object.class, false, false)) {
            if (ScopedProxyUtils.isScopedTarget(beanName)) {
                continue;
            }
            Class<?> type = AutoProxyUtils.determineTargetClass(this.beanFactory, beanName);
            if (type == null || !AnnotationUtils.isCandidateClass(type, TauriCommand.class)) {
                continue;
            }
            Map<Method, TauriCommand> commands = MethodIntrospector.selectMethods(type,
                    (MethodIntrospector.MetadataLookup<TauriCommand>) (method) -> AnnotatedElementUtils
                        .findMergedAnnotation(method, TauriCommand.class));
            if (commands.isEmpty()) {
                continue;
            }
            Object bean = this.beanFactory.getBean(beanName);
            commands.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Method::toGenericString)))
                .forEach((command) -> registry.register(commandName(command.getKey(), command.getValue()), beanName,
                        bean, command.getKey(), AopUtils.selectInvocableMethod(command.getKey(), bean.getClass())));
        }
    }
}
