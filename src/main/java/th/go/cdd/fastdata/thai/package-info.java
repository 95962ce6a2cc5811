/**
 * Thai conventions (หลักการแสดงผลแบบไทย): Buddhist Era dates, government fiscal years, baht amounts
 * and the 13-digit national ID.
 * <p>
 * Every other module formats and parses these values through this one, so a date typed as
 * "25/11/2569" or "25/11/2026" means the same day everywhere and a national ID is masked the same way
 * in every page and log line. Templates reach the same helpers through the {@code #thai} expression
 * object registered by {@link th.go.cdd.fastdata.thai.ThaiFormatDialect}.
 */
package th.go.cdd.fastdata.thai;
