package dev.harbor.architecture;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.harbor.common.NotClientScoped;
import dev.harbor.testsupport.IsolationMatrix;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public method of every service is either called by an isolation matrix (as
 * another clinician and as nobody: refused, nothing changed, a denied event) or marked
 * {@link NotClientScoped} with a reason. A new method without either fails here, by name,
 * before it can reach a screen unprotected by tests.
 */
class EveryServiceMethodIsIsolatedTest {

	@Test
	void every_public_service_method_is_in_an_isolation_matrix_or_says_why_it_names_no_client() throws Exception {
		Set<Method> covered = new HashSet<>();
		for (Class<?> matrix : annotated(IsolationMatrix.class, "dev.harbor")) {
			Method coveredMethods = matrix.getDeclaredMethod("coveredMethods");
			coveredMethods.setAccessible(true);
			@SuppressWarnings("unchecked")
			Set<Method> fromMatrix = (Set<Method>) coveredMethods.invoke(null);
			assertThat(fromMatrix).as(matrix.getSimpleName() + " covers something").isNotEmpty();
			covered.addAll(fromMatrix);
		}

		List<String> unprotected = annotated(Service.class, "dev.harbor").stream()
			.flatMap(service -> Arrays.stream(service.getDeclaredMethods()))
			.filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
			.filter(method -> !method.isAnnotationPresent(NotClientScoped.class) && !covered.contains(method))
			.map(method -> method.getDeclaringClass().getSimpleName() + "." + method.getName())
			.sorted()
			.toList();

		assertThat(unprotected).as("public service methods in no isolation matrix and not marked @NotClientScoped")
			.isEmpty();
	}

	@Test
	void a_reason_is_given_for_every_method_outside_the_matrices() {
		annotated(Service.class, "dev.harbor").stream()
			.flatMap(service -> Arrays.stream(service.getDeclaredMethods()))
			.filter(method -> method.isAnnotationPresent(NotClientScoped.class))
			.forEach(method -> assertThat(method.getAnnotation(NotClientScoped.class).value()).as(method.getName())
				.hasSizeGreaterThan(15));
	}

	private static List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation,
			String basePackage) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
		return scanner.findCandidateComponents(basePackage)
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.<Class<?>>map(name -> ClassUtils.resolveClassName(name, null))
			.toList();
	}

}
