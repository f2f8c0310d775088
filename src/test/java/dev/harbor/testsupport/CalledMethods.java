package dev.harbor.testsupport;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mockito.Mockito;
import org.mockito.invocation.Invocation;

/**
 * Stand-ins for services that only write down which of their methods are called. An
 * isolation matrix runs its rows against them to say which methods it covers; nothing
 * here ever stands in for a service in a test of behaviour.
 */
public final class CalledMethods {

	private final Map<Class<?>, Object> standIns = new LinkedHashMap<>();

	public <S> S of(Class<S> service) {
		return service.cast(standIns.computeIfAbsent(service, Mockito::mock));
	}

	/**
	 * Runs one row; what it does with a stand-in's empty answers does not matter here.
	 */
	public void run(Runnable row) {
		try {
			row.run();
		}
		catch (RuntimeException emptyAnswer) {
			// The call was written down before the stand-in answered.
		}
	}

	public Set<Method> called() {
		return standIns.values()
			.stream()
			.flatMap(standIn -> Mockito.mockingDetails(standIn).getInvocations().stream())
			.map(Invocation::getMethod)
			.collect(Collectors.toSet());
	}

}
