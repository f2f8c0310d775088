package dev.harbor.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.harbor.audit.AuditSubject;
import dev.harbor.common.ClientEntry;
import dev.harbor.security.UserAccount;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaSubQuery;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/**
 * The columns a grid page of client entries reads beside the entry itself, so that the
 * whole page is one statement (decision 0043): each set of answers as a JSON array
 * gathered by the database (which escapes whatever the client wrote), the name of who
 * entered the entry, and how many additions the client made after review. Each is a
 * correlated subquery through the primary key or an index, computed for the rows of the
 * page only ({@link #onePage}), so its cost grows with the rows shown, not with the
 * history before them.
 */
public final class EntryPageColumns {

	private static final JsonFactory JSON = new JsonFactory();

	private EntryPageColumns() {
	}

	/** The display name of the account that entered the row. */
	public static Expression<String> enteredByName(CriteriaBuilder cb, AbstractQuery<?> query, Path<Long> enteredBy) {
		Subquery<String> name = query.subquery(String.class);
		Root<UserAccount> account = name.from(UserAccount.class);
		name.select(account.get("displayName")).where(cb.equal(account.get("id"), enteredBy));
		return name;
	}

	/** How many times the client added to the entry after it was reviewed. */
	public static Expression<Long> additions(CriteriaBuilder cb, AbstractQuery<?> query, AuditSubject subject,
			Path<Long> entryId) {
		Subquery<Long> count = query.subquery(Long.class);
		Root<EntryAddition> addition = count.from(EntryAddition.class);
		count.select(cb.count(addition))
			.where(cb.equal(addition.get("subject"), subject), cb.equal(addition.get("entryId"), entryId));
		return count;
	}

	/**
	 * A set of names (an element collection of an enum) as a JSON array, in name order.
	 */
	public static <E> Expression<String> names(HibernateCriteriaBuilder cb, AbstractQuery<?> query, Root<E> entry,
			String set) {
		Subquery<String> listed = query.subquery(String.class);
		Join<E, Object> member = listed.correlate(entry).join(set);
		Expression<String> name = member.as(String.class);
		listed.select(cb.jsonArrayAgg(name, cb.asc(name)));
		return listed;
	}

	/**
	 * A map from a name to a number (an element collection keyed by an enum) as a JSON
	 * array of {@code NAME:number}, in name order.
	 */
	public static <E> Expression<String> namedNumbers(HibernateCriteriaBuilder cb, AbstractQuery<?> query,
			Root<E> entry, String map) {
		Subquery<String> listed = query.subquery(String.class);
		MapJoin<E, Object, Object> pair = listed.correlate(entry).joinMap(map);
		Expression<String> name = pair.key().as(String.class);
		listed.select(cb.jsonArrayAgg(cb.concat(cb.concat(name, ":"), pair.value().as(String.class)), cb.asc(name)));
		return listed;
	}

	/**
	 * An ordered list of texts (an element collection with an order column) as a JSON
	 * array.
	 */
	public static <E> Expression<String> texts(HibernateCriteriaBuilder cb, AbstractQuery<?> query, Root<E> entry,
			String list) {
		Subquery<String> listed = query.subquery(String.class);
		ListJoin<E, String> text = listed.correlate(entry).joinList(list);
		listed.select(cb.jsonArrayAggWithNulls(text, cb.asc(text.index())));
		return listed;
	}

	/**
	 * Narrows the query to one page, newest first: the rows' ids are chosen by a subquery
	 * with the page's conditions, order and offset, one row more than the page (which
	 * tells whether another follows, so there is no count), and the outer query computes
	 * its columns for those rows only. PostgreSQL computes a select list before it skips
	 * an offset, so with the conditions in the outer query a later page would compute the
	 * columns of every row before it too.
	 */
	public static <E> void onePage(HibernateCriteriaBuilder cb, CriteriaQuery<Tuple> query, Root<E> row, Class<E> type,
			Pageable pageable, BiFunction<AbstractQuery<?>, Root<E>, List<Predicate>> conditions) {
		JpaSubQuery<Long> page = (JpaSubQuery<Long>) query.subquery(Long.class);
		Root<E> candidate = page.from(type);
		page.select(candidate.get("id")).where(conditions.apply(page, candidate).toArray(Predicate[]::new));
		page.orderBy(newestFirst(cb, candidate)).offset(pageable.getOffset()).fetch(pageable.getPageSize() + 1);
		query.where(row.get("id").in(page));
		query.orderBy(newestFirst(cb, row));
	}

	/**
	 * The conditions a page of a client's entries starts from: the client, the days the
	 * entries happened on, and their review; the feature adds its own.
	 */
	public static List<Predicate> clientPeriodAndReview(CriteriaBuilder cb, Root<? extends ClientEntry> entry,
			long clientId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Boolean reviewed,
			boolean flaggedOnly) {
		List<Predicate> predicates = new ArrayList<>();
		predicates.add(cb.equal(entry.get("clientId"), clientId));
		if (from != null) {
			predicates.add(cb.greaterThanOrEqualTo(entry.get("happenedOn"), from));
		}
		if (to != null) {
			predicates.add(cb.lessThanOrEqualTo(entry.get("happenedOn"), to));
		}
		if (reviewed != null) {
			Path<Instant> reviewedAt = entry.get("review").get("reviewedAt");
			predicates.add(reviewed ? cb.isNotNull(reviewedAt) : cb.isNull(reviewedAt));
		}
		if (flaggedOnly) {
			predicates.add(cb.isTrue(entry.get("review").get("flagged")));
		}
		return predicates;
	}

	/** The rows of a query narrowed by {@link #onePage}, as a slice of that page. */
	public static <R> Slice<R> slice(TypedQuery<Tuple> query, Pageable pageable, Function<Tuple, R> row) {
		List<Tuple> rows = query.getResultList();
		boolean more = rows.size() > pageable.getPageSize();
		return new SliceImpl<>((more ? rows.subList(0, pageable.getPageSize()) : rows).stream().map(row).toList(),
				pageable, more);
	}

	private static List<Order> newestFirst(CriteriaBuilder cb, Root<?> row) {
		return List.of(cb.desc(row.get("happenedAt")), cb.desc(row.get("id")));
	}

	/** The names of a JSON array read by {@link #names}, as a set of the enum. */
	public static <T extends Enum<T>> Set<T> enums(Class<T> kind, @Nullable String array) {
		Set<T> names = EnumSet.noneOf(kind);
		strings(array).forEach(name -> names.add(Enum.valueOf(kind, name)));
		return names;
	}

	/** The strings of a JSON array read by one of the columns above; none for no rows. */
	public static List<String> strings(@Nullable String array) {
		List<String> strings = new ArrayList<>();
		if (array == null) {
			return strings;
		}
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), array)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new IllegalStateException("Not a JSON array of strings");
			}
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				strings.add(token == JsonToken.VALUE_NULL ? "" : parser.getString());
			}
		}
		return strings;
	}

}
