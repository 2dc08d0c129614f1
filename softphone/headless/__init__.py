"""The JSON-lines interface (DESIGN.md section 4): events out, commands in. A peer of ui/."""
