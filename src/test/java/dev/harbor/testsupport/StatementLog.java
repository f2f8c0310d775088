package dev.harbor.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Records the SQL the current thread sends while a test is watching, so a test can state
 * how many statements a screen costs. Sequence calls are left out: Hibernate fetches ids
 * fifty at a time, so whether one falls into a given request is chance.
 */
public class StatementLog implements QueryExecutionListener {

	private static final ThreadLocal<List<String>> WATCHED = new ThreadLocal<>();

	public static void start() {
		WATCHED.set(new ArrayList<>());
	}

	public static List<String> stop() {
		List<String> statements = WATCHED.get();
		WATCHED.remove();
		return statements == null ? List.of() : statements;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		List<String> statements = WATCHED.get();
		if (statements != null) {
			queries.stream()
				.map(QueryInfo::getQuery)
				.filter(sql -> !sql.toLowerCase(Locale.ROOT).contains("nextval"))
				.forEach(statements::add);
		}
	}

}
