/**
 * Forms and announcements: the forms library (คลังแบบฟอร์ม) of each province with every version
 * kept, the announcement PDF of each measure version, and the public page ({@code /public}, no
 * login) of the measures in force and the current forms, with its QR code and an A4 poster. Only
 * catalogue and forms are public: never a person, a project or a project's file.
 */
package th.go.cdd.fastdata.womenfund.forms;
