package dev.harbor.architecture;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house rules of ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "dev.harbor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final Set<Class<?>> ACCESS_ANNOTATIONS = Set.of(RolesAllowed.class, PermitAll.class, DenyAll.class,
			PreAuthorize.class);

	@ArchTest
	static final ArchRule common_depends_on_no_feature = noClasses().that()
		.resideInAPackage("dev.harbor.common..")
		.should()
		.dependOnClassesThat()
		.resideOutsideOfPackages("dev.harbor.common..", "java..", "jakarta..", "org..", "com.vaadin..");

	@ArchTest
	static final ArchRule security_depends_only_on_common = noClasses().that()
		.resideInAPackage("dev.harbor.security..")
		.should()
		.dependOnClassesThat(outside("dev.harbor.security", "dev.harbor.common"));

	@ArchTest
	static final ArchRule audit_depends_only_on_security_and_common = noClasses().that()
		.resideInAPackage("dev.harbor.audit..")
		.should()
		.dependOnClassesThat(outside("dev.harbor.audit", "dev.harbor.security", "dev.harbor.common"));

	@ArchTest
	static final ArchRule features_do_not_depend_on_each_other_in_a_circle = slices().matching("dev.harbor.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule a_features_screens_are_its_own = classes().should(notReachIntoAnotherFeaturesUi());

	@ArchTest
	static final ArchRule repositories_are_reachable_only_through_their_service = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule every_public_service_method_says_who_may_call_it = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Service.class)
		.and()
		.arePublic()
		.and(notSynthetic())
		.should(haveAnAccessAnnotation());

	@ArchTest
	static final ArchRule every_route_says_who_may_open_it = classes().that()
		.areAnnotatedWith(Route.class)
		.should(beAnnotatedWithOneOf(ACCESS_ANNOTATIONS, "com.vaadin.flow.server.auth.AnonymousAllowed"));

	@ArchTest
	static final ArchRule views_are_package_private_except_the_sign_in_page = classes().that()
		.areAnnotatedWith(Route.class)
		.and()
		.doNotHaveSimpleName("LoginView")
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule nothing_prints_to_the_console = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

	@ArchTest
	static final ArchRule dependencies_come_through_constructors = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

	private static DescribedPredicate<JavaClass> outside(String... packages) {
		return new DescribedPredicate<>("a Harbor class outside " + String.join(", ", packages)) {
			@Override
			public boolean test(JavaClass type) {
				if (!type.getPackageName().startsWith("dev.harbor.")) {
					return false;
				}
				for (String allowed : packages) {
					if (type.getPackageName().equals(allowed) || type.getPackageName().startsWith(allowed + ".")) {
						return false;
					}
				}
				return true;
			}
		};
	}

	private static ArchCondition<JavaClass> notReachIntoAnotherFeaturesUi() {
		return new ArchCondition<>("use only their own feature's ui package (common's is shared)") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					String target = dependency.getTargetClass().getPackageName();
					if (target.startsWith("dev.harbor.") && target.endsWith(".ui")
							&& !target.startsWith("dev.harbor.common")) {
						String feature = target.substring(0, target.length() - ".ui".length());
						if (!origin.getPackageName().startsWith(feature) && !isSignInWiring(origin, dependency)) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
				}
			}
		};
	}

	/**
	 * The security configuration names the sign-in view; nothing else crosses into a ui
	 * package.
	 */
	private static boolean isSignInWiring(JavaClass origin, Dependency dependency) {
		return origin.getName().equals("dev.harbor.security.SecurityConfig")
				&& dependency.getTargetClass().getSimpleName().equals("LoginView");
	}

	private static DescribedPredicate<JavaMethod> notSynthetic() {
		return DescribedPredicate.describe("not compiler-made",
				method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC)
						&& !method.getModifiers().contains(JavaModifier.BRIDGE));
	}

	private static ArchCondition<JavaMethod> haveAnAccessAnnotation() {
		return new ArchCondition<>("be annotated with @RolesAllowed, @PermitAll, @DenyAll or @PreAuthorize") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean annotated = ACCESS_ANNOTATIONS.stream().anyMatch(a -> method.isAnnotatedWith(a.getName()));
				events.add(new SimpleConditionEvent(method, annotated,
						method.getFullName() + " does not say who may call it"));
			}
		};
	}

	private static ArchCondition<JavaClass> beAnnotatedWithOneOf(Set<Class<?>> annotations, String extra) {
		return new ArchCondition<>("carry an access annotation") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean annotated = annotations.stream().anyMatch(a -> type.isAnnotatedWith(a.getName()))
						|| type.isAnnotatedWith(extra);
				events.add(new SimpleConditionEvent(type, annotated, type.getName() + " has no access annotation"));
			}
		};
	}

}
