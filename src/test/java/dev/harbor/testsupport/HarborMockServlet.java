package dev.harbor.testsupport;

import java.util.Optional;

import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServletService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;

import org.springframework.context.ApplicationContext;

/**
 * Karibu's Spring servlet, with views made the way the running application makes them: in
 * production Vaadin finds Harbor's {@link InstantiatorFactory} among the Spring beans
 * through its lookup; Karibu's mock lookup does not look there, so this service asks the
 * context for it the same way.
 */
final class HarborMockServlet extends MockSpringServlet {

	HarborMockServlet(ApplicationContext context) {
		super(HarborRoutes.all(), context, UI::new);
	}

	@Override
	protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
		MockSpringServletService service = new MockSpringServletService(this, configuration, ctx, uiFactory) {

			@Override
			protected Optional<Instantiator> loadInstantiators() {
				return Optional.of(ctx.getBean(InstantiatorFactory.class).createInstantitor(this));
			}

		};
		service.init();
		routes.register((VaadinServletContext) service.getContext());
		return service;
	}

}
