/**
 * Application shell (โครงหลักของระบบ): security (sign-in, throttling, CSRF, headers, the
 * API's HTTP Basic), the Thai layout and menu, the home page and the error pages.
 */
package th.go.cdd.fastdata.app;
