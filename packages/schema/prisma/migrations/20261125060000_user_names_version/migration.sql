-- Stored answers show people's names (a result's `recordedBy`, a withdrawn target's
-- `withdrawnBy`), so a change to a user is a change of the data they were computed from: every
-- gateway must notice it, like any other write (see 20261125050000_data_version).
SELECT "lotrinh_track_data_version"('"User"'::regclass);
