package th.go.cdd.fastdata.app;

/** One entry of the main menu. */
record MenuItem(String label, String href, boolean active) {
}
