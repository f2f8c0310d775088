package dev.harbor.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that calls public service methods as another clinician and as
 * nobody, and checks each is refused, changes nothing and is audited. The class must have
 * {@code static Set<Method> coveredMethods()}, the methods its rows call, found by
 * running its rows against {@link CalledMethods} stand-ins;
 * {@code EveryServiceMethodIsIsolatedTest} collects them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IsolationMatrix {

}
