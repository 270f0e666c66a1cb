"""Relations analytics over the event store: series, shifts, alignment, alerts."""
