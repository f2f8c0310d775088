package dev.harbor.keepingplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeepingPlanRepository extends JpaRepository<KeepingPlan, Long> {

	Optional<KeepingPlan> findByClientId(long clientId);

}
