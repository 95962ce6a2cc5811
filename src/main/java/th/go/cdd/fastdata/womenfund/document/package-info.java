/**
 * The project file (แฟ้มโครงการ): the documents of each project (proposal, contracts,
 * acknowledgments, ...) with every version kept, checked by their content, kept in a document
 * store (a local folder or an S3-compatible object store), served only within the user's scope
 * and audited on every view; the documents each project still lacks; a ZIP of the old Drive
 * folders matched to projects with a preview before anything is stored.
 */
package th.go.cdd.fastdata.womenfund.document;
