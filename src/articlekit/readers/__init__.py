"""Readers: each turns one kind of source (plain text, an HTML page) into blocks."""
