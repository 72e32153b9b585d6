"""Print services: they print a book's interior and cover and ship it to the buyer (Lulu first)."""
