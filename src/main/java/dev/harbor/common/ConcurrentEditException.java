package dev.harbor.common;

import org.springframework.dao.OptimisticLockingFailureException;

/** The record changed since the caller read it; their change was not saved. */
public class ConcurrentEditException extends OptimisticLockingFailureException {

	public ConcurrentEditException(String what, long id) {
		super(what + " " + id + " was changed by someone else");
	}

}
