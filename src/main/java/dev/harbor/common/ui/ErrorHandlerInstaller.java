package dev.harbor.common.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/** Puts {@link HarborErrorHandler} on every Vaadin session as it starts. */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new HarborErrorHandler()));
	}

}
