package dev.harbor.report;

import java.util.List;
import java.util.Set;

/**
 * One kind of row in a client's whole-record export: its name (a table's, so the JSON,
 * the CSV file and the schema use one word), the query that reads one client's rows of it
 * in a fixed order ({@code :client} is the client's id), and the columns it leaves out
 * (secrets that are no part of the record, such as an invitation's token hash).
 */
record RecordKind(String name, String query, Set<String> leftOut) {

	static RecordKind of(String name, String query, String... leftOut) {
		return new RecordKind(name, query, Set.of(leftOut));
	}

	/** A table with the client's id in a column of its own. */
	static RecordKind byClient(String table, String order) {
		return of(table, "select * from " + table + " where client_id = :client order by " + order);
	}

	/** A table whose rows belong to a row of another that has the client's id. */
	static RecordKind byParent(String table, String key, String parent, String order) {
		return of(table, "select c.* from " + table + " c join " + parent + " p on p.id = c." + key
				+ " where p.client_id = :client order by " + order);
	}

	/**
	 * Everything the export holds, in the order it is written. A test checks that every
	 * table of the schema is here or named in {@code NOT_IN_THE_RECORD} with a reason.
	 */
	static final List<RecordKind> ALL = List.of(of("client", "select * from client where id = :client"),
			byClient("client_pattern", "pattern"), byClient("attachment_position", "observed_on, id"),
			byClient("treatment_goal", "id"), byClient("homework_assignment", "id"),
			byParent("homework_assignment_step", "assignment_id", "homework_assignment", "c.assignment_id, c.position"),
			byParent("homework_assignment_prompt", "assignment_id", "homework_assignment",
					"c.assignment_id, c.position"),
			byParent("assignment_status_change", "assignment_id", "homework_assignment", "c.id"),
			byParent("missed_practice", "assignment_id", "homework_assignment", "c.missed_on, c.id"),
			byClient("completion", "happened_at, id"),
			byParent("completion_answer", "completion_id", "completion", "c.completion_id, c.position"),
			byClient("diary_entry", "happened_at, id"),
			byParent("diary_feeling", "entry_id", "diary_entry", "c.entry_id, c.feeling"),
			byParent("diary_behaviour", "entry_id", "diary_entry", "c.entry_id, c.behaviour"),
			byParent("diary_need", "entry_id", "diary_entry", "c.entry_id, c.need"),
			byParent("diary_trap", "entry_id", "diary_entry", "c.entry_id, c.trap"),
			byClient("corrective_experience", "happened_at, id"),
			byParent("corrective_learning", "experience_id", "corrective_experience", "c.experience_id, c.learning"),
			byParent("corrective_repair_step", "experience_id", "corrective_experience", "c.experience_id, c.step"),
			byClient("ladder", "id"), byParent("ladder_step", "ladder_id", "ladder", "c.ladder_id, c.position, c.id"),
			byParent("ladder_change", "ladder_id", "ladder", "c.changed_at, c.id"),
			byClient("ladder_attempt", "happened_at, id"),
			byParent("ladder_safety_behaviour", "attempt_id", "ladder_attempt", "c.attempt_id, c.behaviour"),
			byClient("entry_addition", "written_at, id"), byClient("therapy_session", "starts_at, id"),
			byParent("session_amendment", "session_id", "therapy_session", "c.added_at, c.id"),
			byClient("keeping_plan", "id"), byClient("given_reading", "given_at, id"), byClient("entry_draft", "id"),
			byParent("entry_draft_field", "draft_id", "entry_draft", "c.draft_id, c.name"), of("portal_invitation",
					"select * from portal_invitation where client_id = :client order by invited_at, id", "token_hash"),
			of("people", """
					select a.id, a.display_name, a.role from user_account a
					where a.client_id = :client
					   or a.id = (select c.clinician_id from client c where c.id = :client)
					   or a.id in (select e.actor_id from audit_event e where e.client_id = :client)
					order by a.id"""), byClient("audit_event", "id"));

}
