package dev.harbor.testsupport;

import java.util.LinkedHashSet;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every view, layout and error view of the app, for Karibu. Karibu's own discovery skips
 * package-private classes, and our views are package-private on purpose.
 */
public final class HarborRoutes {

	private static final Routes ROUTES = discover();

	private HarborRoutes() {
	}

	public static Routes all() {
		return ROUTES;
	}

	@SuppressWarnings("unchecked")
	private static Routes discover() {
		Set<Class<? extends Component>> views = new LinkedHashSet<>();
		Set<Class<? extends HasErrorParameter<?>>> errorViews = new LinkedHashSet<>();
		for (Class<?> type : scan(new AnnotationTypeFilter(Route.class), new AnnotationTypeFilter(Layout.class))) {
			views.add((Class<? extends Component>) type);
		}
		for (Class<?> type : scan(new AssignableTypeFilter(HasErrorParameter.class))) {
			errorViews.add((Class<? extends HasErrorParameter<?>>) type);
		}
		return new Routes(views, errorViews, true);
	}

	private static Set<Class<?>> scan(org.springframework.core.type.filter.TypeFilter... filters) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		for (var filter : filters) {
			scanner.addIncludeFilter(filter);
		}
		Set<Class<?>> types = new LinkedHashSet<>();
		scanner.findCandidateComponents("dev.harbor")
			.forEach(bean -> types.add(ClassUtils.resolveClassName(bean.getBeanClassName(), null)));
		return types;
	}

}
