package dev.harbor.review;

/**
 * What a draft will become: a diary entry, a corrective experience or a ladder attempt.
 */
public enum DraftKind {

	DIARY, EXPERIENCE, LADDER_ATTEMPT

}
