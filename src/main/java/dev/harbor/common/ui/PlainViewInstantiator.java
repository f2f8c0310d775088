package dev.harbor.common.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * Makes views and layouts with their constructor's beans and nothing more.
 * <p>
 * Vaadin's Spring integration makes each view with {@code createBean}, which runs every
 * post-processor: the method-security advisor sees a view's {@code @RolesAllowed} (there
 * for Vaadin's navigation check) and wraps the view in a proxy, and finding that out
 * scans the view's methods and annotations by reflection on every navigation. On the big
 * practice that was an eighth of the server's time under load (issue 15). Views are
 * checked by Vaadin before they are made and reach data only through services, which keep
 * their own checks, so the proxy guarded nothing. Views have no field injection,
 * {@code @PostConstruct} or other life-cycle for post-processors to do.
 * <p>
 * Beans (a component registered as a Spring bean) are still taken from the context.
 */
final class PlainViewInstantiator extends SpringInstantiator {

	private final transient ApplicationContext context;

	private final transient Map<Class<?>, Boolean> beans = new ConcurrentHashMap<>();

	PlainViewInstantiator(VaadinService service, ApplicationContext context) {
		super(service, context);
		this.context = context;
	}

	@Override
	public <T> T getOrCreate(Class<T> type) {
		if (Component.class.isAssignableFrom(type)
				&& !beans.computeIfAbsent(type, key -> context.getBeanNamesForType(key, true, false).length > 0)) {
			return type.cast(context.getAutowireCapableBeanFactory()
				.autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
		}
		return super.getOrCreate(type);
	}

	/** Offers the instantiator to Vaadin's service, which looks up factories as beans. */
	@org.springframework.stereotype.Component
	static class Factory implements InstantiatorFactory {

		private final ApplicationContext context;

		Factory(ApplicationContext context) {
			this.context = context;
		}

		@Override
		public Instantiator createInstantitor(VaadinService service) {
			return new PlainViewInstantiator(service, context);
		}

	}

}
