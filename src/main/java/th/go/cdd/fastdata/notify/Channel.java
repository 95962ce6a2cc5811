package th.go.cdd.fastdata.notify;

/** How a message reaches its recipient (ช่องทาง). */
public enum Channel {

	LINE("LINE"), EMAIL("อีเมล");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
