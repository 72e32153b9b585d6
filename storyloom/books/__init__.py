"""The book's operations as its callers see them (storyloom/books/service.py)."""
