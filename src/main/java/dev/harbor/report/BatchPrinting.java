package dev.harbor.report;

import dev.harbor.audit.RequestingAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.harbor.common.NotClientScoped;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Prints several clients' summaries into one PDF in the background: each summary is made
 * (checked and audited) on its own, a failure is noted and the rest still come out, the
 * caller hears of the progress after each one, and can stop the batch between summaries.
 */
@Service
public class BatchPrinting {

	private static final Logger log = LoggerFactory.getLogger(BatchPrinting.class);

	/** Two batches at once at most; more wait their turn. */
	private final ExecutorService workers = Executors.newFixedThreadPool(2);

	private final ReportService reports;

	private final SecurityContextHolderStrategy contexts;

	private final Clock clock;

	private final PrintJobs jobs;

	private final CurrentUser currentUser;

	BatchPrinting(ReportService reports, ObjectProvider<SecurityContextHolderStrategy> contexts, PrintJobs jobs,
			CurrentUser currentUser, Clock clock) {
		this.reports = reports;
		this.jobs = jobs;
		this.currentUser = currentUser;
		this.contexts = contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
		this.clock = clock;
	}

	/**
	 * A client to print, with the label to name them by if their summary fails.
	 *
	 * @param sessionId a session of the client: its summary (since the previous session,
	 * with the note) instead of the batch's period
	 */
	public record Item(long clientId, String label, @Nullable Long sessionId) {

		/** The client's summary for the batch's period. */
		public Item(long clientId, String label) {
			this(clientId, label, null);
		}

		@Override
		public String toString() {
			return "Item[clientId=" + clientId + "]";
		}

	}

	/** Told after each summary, and once at the end; called from the worker thread. */
	public interface Listener {

		void progress(int done, int total);

		void finished(BatchResult result);

	}

	/** A running batch. */
	public static final class Job {

		private final AtomicBoolean cancelled = new AtomicBoolean();

		private Future<?> future;

		/**
		 * Stops after the summary being made now; what is done so far still comes out.
		 */
		public void cancel() {
			cancelled.set(true);
		}

		public boolean isDone() {
			return future != null && future.isDone();
		}

	}

	/**
	 * Starts a batch as the signed-in clinician. The summaries are made in a worker
	 * thread that carries the clinician's sign-in, so each is checked and audited as if
	 * asked for one by one.
	 */
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Starts a background job under the caller's sign-in; each summary in it goes through ReportService, whose methods are in ReportIsolationTest, and a client not on the caseload is named as failed (BatchPrintingTest)")
	public Job start(List<Item> items, SummaryRequest request, Locale locale, Listener listener) {
		SecurityContext signedIn = contexts.getContext();
		String address = RequestingAddress.current();
		Job job = new Job();
		List<Item> batch = List.copyOf(items);
		long stored = jobs.started(currentUser.require().accountId(), batch.size());
		Listener counted = new Listener() {
			@Override
			public void progress(int done, int total) {
				jobs.progressed(stored, done);
				listener.progress(done, total);
			}

			@Override
			public void finished(BatchResult result) {
				jobs.finished(stored, result);
				listener.finished(result);
			}
		};
		job.future = workers.submit(() -> {
			contexts.setContext(signedIn);
			try {
				RequestingAddress.carry(address,
						() -> counted.finished(run(batch, request, locale, counted, job.cancelled)));
			}
			catch (RuntimeException broken) {
				// Not one summary's failure (those are named in the result) but the
				// batch's.
				log.error("A batch-print job failed: {}", broken.getClass().getSimpleName());
				jobs.failed(stored);
				listener.finished(new BatchResult(null, 0, List.of(), false));
			}
			finally {
				contexts.clearContext();
			}
		});
		return job;
	}

	/**
	 * My latest batches, newest first, wherever they ran: counts and times, and whether
	 * one was lost when the instance running it stopped.
	 */
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("The caller's own batch jobs: counts and times, no client")
	public List<PrintJobView> myRecentBatches() {
		return jobs.recentOf(currentUser.require().accountId());
	}

	private BatchResult run(List<Item> items, SummaryRequest request, Locale locale, Listener listener,
			AtomicBoolean cancelled) {
		List<byte[]> summaries = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		int done = 0;
		for (Item item : items) {
			if (cancelled.get()) {
				break;
			}
			try {
				summaries
					.add(item.sessionId() == null ? reports.clientSummary(item.clientId(), request, locale).content()
							: reports
								.sessionSummary(item.sessionId(), request.paper(), request.byReferenceCode(), locale)
								.content());
			}
			catch (RuntimeException problem) {
				// The id only: the failure's message may quote what the client wrote.
				log.warn("Summary for client {} failed in a batch: {}", item.clientId(),
						problem.getClass().getSimpleName());
				failed.add(item.label());
			}
			done++;
			listener.progress(done, items.size());
		}
		SummaryFile file = summaries.isEmpty() ? null
				: new SummaryFile("summaries-" + LocalDate.now(clock) + ".pdf", PdfMerge.of(summaries));
		return new BatchResult(file, summaries.size(), failed, cancelled.get());
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}

}
