package dev.harbor.common.i18n;

/**
 * A value (usually an enum constant) with a label in the translation bundle. The tests
 * check that every constant of every implementing enum has its key.
 */
public interface Translatable {

	String translationKey();

}
