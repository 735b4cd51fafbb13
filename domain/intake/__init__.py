"""Smart intake: places and categories suggested from a complaint's free text."""
