package th.go.cdd.fastdata.notify;

/** One channel's way out. A thrown exception is a failed attempt, its message kept in the log. */
interface Sender {

	Channel channel();

	/** Off while its settings are missing: then no delivery is made for it. */
	boolean enabled();

	/**
	 * @param retryKey the same for every attempt of one delivery
	 * @param link the full address to open, or null
	 */
	void send(String target, String retryKey, Topic topic, String text, String link) throws Exception;

}
