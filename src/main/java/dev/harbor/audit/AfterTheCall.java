package dev.harbor.audit;

import java.util.ArrayDeque;
import java.util.Deque;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Around the outermost call into a Harbor service on a thread: writes that must outlive
 * the call's transaction (a refusal, which is about to be rolled back with it) wait here
 * until that transaction has ended and its connection is back in the pool, then each is
 * written in a transaction of its own.
 * <p>
 * Written at once, in a new transaction beside the caller's, every refused call held two
 * of the pool's connections at the same time; as many refusals at once as the pool has
 * connections then waited on each other until the pool gave up (decision 0047).
 * <p>
 * Outside such a call (a test's own transaction, a scheduled task), or with no
 * transaction running, the write happens at once, as before.
 */
final class AfterTheCall implements MethodInterceptor {

	private final ThreadLocal<@Nullable Deque<Runnable>> waiting = new ThreadLocal<>();

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		if (waiting.get() != null) {
			return invocation.proceed();
		}
		Deque<Runnable> writes = new ArrayDeque<>();
		waiting.set(writes);
		Object result;
		try {
			result = invocation.proceed();
		}
		catch (Throwable failure) {
			waiting.remove();
			try {
				writeAll(writes);
			}
			catch (RuntimeException | Error writeFailed) {
				failure.addSuppressed(writeFailed);
			}
			throw failure;
		}
		waiting.remove();
		writeAll(writes);
		return result;
	}

	/**
	 * Runs {@code write} (which opens its own transaction) once the outermost service
	 * call has ended, or now if there is no such call or no transaction to wait for.
	 */
	void whenTheCallerIsDone(Runnable write) {
		Deque<Runnable> writes = waiting.get();
		if (writes != null && TransactionSynchronizationManager.isActualTransactionActive()) {
			writes.add(write);
		}
		else {
			write.run();
		}
	}

	private static void writeAll(Deque<Runnable> writes) {
		RuntimeException first = null;
		for (Runnable write = writes.poll(); write != null; write = writes.poll()) {
			try {
				write.run();
			}
			catch (RuntimeException ex) {
				if (first == null) {
					first = ex;
				}
				else {
					first.addSuppressed(ex);
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

}
