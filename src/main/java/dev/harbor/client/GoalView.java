package dev.harbor.client;

/** A treatment goal as the detail page shows and edits it. */
public record GoalView(long id, long version, String description, GoalStatus status) {

	@Override
	public String toString() {
		return "GoalView[id=" + id + ", status=" + status + "]";
	}

}
