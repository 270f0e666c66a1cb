"""Readers for other event datasets and coders (GDELT, PETRARCH) into Allegiance."""
