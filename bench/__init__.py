"""The queue benchmark (issue 9): not part of the test suite; run it with `make bench`."""
