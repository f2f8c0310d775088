package dev.harbor.homework;

/** Which exercise: a built-in one (by key) or a clinician's own (by id). */
public sealed interface TemplateRef {

	record BuiltIn(String key) implements TemplateRef {
	}

	record Own(long templateId) implements TemplateRef {
	}

}
