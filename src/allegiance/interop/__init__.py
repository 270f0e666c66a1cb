"""Readers for other event datasets (GDELT) into the Allegiance store."""
