"""mailtool: drafts replies to interview invitations and job offers; never sends."""

__version__ = "0.1.0"
