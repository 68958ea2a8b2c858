"""Sample mail for `mailtool demo`."""
