package dev.harbor.security;

import jakarta.annotation.security.PermitAll;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an open page ask whether its session is still alive, without that question
 * counting as activity. A page left alone learns here that the idle timeout ended it, and
 * reloads onto the sign-in page instead of keeping a client's details on screen.
 */
@RestController
class SessionStatusController {

	@GetMapping(HarborSecurityProperties.SESSION_STATUS_PATH)
	@PermitAll
	ResponseEntity<Void> status(Authentication authentication) {
		boolean signedIn = authentication != null && authentication.getPrincipal() instanceof HarborUser;
		return ResponseEntity.status(signedIn ? HttpStatus.NO_CONTENT : HttpStatus.UNAUTHORIZED).build();
	}

}
