-- An import touching more projects than it classifies inside its transaction classifies them after it
-- commits. Until that ends the import says so here (one row written by its transaction) instead of each
-- of its projects being marked stale (100,000 rows updated: seconds of every national import); a start
-- finds the imports still marked and classifies their projects again.
alter table wf_import add column classify_pending boolean default false not null;
