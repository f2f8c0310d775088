package dev.harbor.demo;

import dev.harbor.keepingplan.KeepingPlanService;
import dev.harbor.keepingplan.PlanText;
import dev.harbor.keepingplan.PlanView;
import dev.harbor.reading.Reading;
import dev.harbor.reading.ReadingService;

/**
 * Juniper's readings and her plan for keeping what she built, so the demo shows both on
 * Maya's side and in Juniper's portal. The plan starts from Harbor's own draft of her
 * record, with the parts only she and Maya could write filled in.
 */
class DemoKeeping {

	private final KeepingPlanService plans;

	private final ReadingService readings;

	DemoKeeping(KeepingPlanService plans, ReadingService readings) {
		this.plans = plans;
		this.readings = readings;
	}

	void seed(long juniper) {
		readings.give(juniper, Reading.TWO_DIALS);
		readings.give(juniper, Reading.SMALL_AND_OFTEN);
		PlanText draft = plans.draftFromRecord(juniper);
		PlanView saved = plans.savePlan(juniper, PlanView.NOT_SAVED,
				new PlanText(draft.helpedMost(), draft.earlySigns(), draft.whatToDo(),
						"My friend Ada, who answers even late. Maya's practice, by phone on weekdays.",
						"If I am checking my phone all evening for more than two weeks, or my sleep goes."));
		plans.share(juniper, saved.version(), true);
	}

}
