package dev.harbor.correctiveexperience;

import java.util.Set;

/** The sets of one corrective experience, as a page of them reads them beside it. */
record ExperienceAnswers(Set<Learning> learnedAbout, Set<RepairStep> repairSteps) {

}
