package dev.harbor.review;

/** What a draft will become: a diary entry or a corrective experience. */
public enum DraftKind {

	DIARY, EXPERIENCE

}
