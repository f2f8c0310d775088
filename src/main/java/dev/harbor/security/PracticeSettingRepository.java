package dev.harbor.security;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PracticeSettingRepository extends Repository<PracticeSetting, Long> {

	Optional<PracticeSetting> findById(long id);

	PracticeSetting save(PracticeSetting setting);

}
