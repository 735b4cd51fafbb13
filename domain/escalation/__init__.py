"""SLA escalation: milestones reached by the clock, rules (data) saying who is told."""
