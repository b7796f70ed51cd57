"""One module per API area; each holds the pure operation builders and the
sync and async resource classes side by side."""
