"""The pure core: models, events, state machines, ports, session. Standard library only."""
