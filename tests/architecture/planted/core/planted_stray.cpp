// A file of no part.
