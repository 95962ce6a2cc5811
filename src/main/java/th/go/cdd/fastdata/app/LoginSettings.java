package th.go.cdd.fastdata.app;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling: after {@code maxAccountFailures} wrong passwords for one account, or
 * {@code maxAddressFailures} from one network address, inside {@code window}, sign-in is
 * refused for {@code lockDuration}.
 */
@ConfigurationProperties("fastdata.security.login")
record LoginSettings(int maxAccountFailures, int maxAddressFailures, Duration window, Duration lockDuration) {
}
