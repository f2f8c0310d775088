package dev.harbor.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method that names no client and no record of one (the signed-in
 * person's own settings, the practice's library, account administration, lists of the
 * caller's own caseload), so it has no row in an isolation matrix. The reason says why;
 * every other public service method must be in a matrix, which a test checks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotClientScoped {

	/** Why the method cannot reach another clinician's client. */
	String value();

}
