"""Evaluation of the coder against gold data (own gold set, PLV, PETRARCH)."""
