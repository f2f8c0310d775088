package dev.harbor.client;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TreatmentGoalRepository extends JpaRepository<TreatmentGoal, Long> {

	List<TreatmentGoal> findByClientIdOrderByIdAsc(long clientId);

}
