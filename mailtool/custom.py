"""Mail where the candidate is a customer: purchases, invoices and bookings (a workshop, an optician, a dentist).

Such mail names the shop or the practice like an employer; none of them employs the candidate. The patterns are
compiled on first use: only mail that is no invitation or offer asks.
"""

from __future__ import annotations

import re

from mailtool import orgs
from mailtool.lazyre import lazy
from mailtool.model import Mail

# Invoices, receipts and orders: a vendor selling to the candidate (CV review, coaching), not an employer.
_VENDOR = lazy(
    r"\b(?:invoice|receipt|faktura|fakturaen|fakturan|fakturanummer|kvittering|kvitto|rechnung|quittung|lasku|"
    r"kuitti|factuur|factura|facture|reçu|recibo|order\s+confirmation|ordrebekræftelse|orderbekräftelse|"
    r"ordrebekreftelse|bestellbestätigung)\b",
    re.IGNORECASE,
)


# A customer's booking confirmed (a car inspection, a course, a salon), matched lower-cased.
_BOOKING = lazy(
    r"\b(?:takk for (?:bestillingen|bookingen)|bekreftelse på (?:time|timen|bestilling\w*|booking\w*)|"
    r"bekräftelse på (?:bokning\w*|tid|beställning\w*)|bokningsbekräftelse|booking confirm\w*|"
    r"appointment (?:is )?confirmed|appointment confirmation|your booking|tak for (?:din )?booking|"
    r"bookingbekræftelse|bestillingsbekræftelse|terminbestätigung|buchungsbestätigung|ihre buchung|"
    r"ajanvarau\w*|varausvahvistus|bevestiging van (?:uw|je) (?:afspraak|boeking)|"
    r"confirmation de (?:votre )?(?:rendez-vous|réservation)|confirmación de (?:su |tu )?(?:cita|reserva))\b"
)


def not_work(mail: Mail) -> bool:
    """Tell whether mail that is no invitation or offer is a purchase or a booking, where nobody employs."""
    text = f"{mail.subject}\n{mail.new_text}"
    if _VENDOR.search(text) or (mail.sender and orgs.is_booking(orgs.domain_of(mail.sender.addr))):
        return True
    # A dentist's or a workshop's booking names the practice like an employer, unless it speaks of a job (a
    # clinic invites nurses to interviews too). The classifier's cue families say both; imported here, as only
    # mail that is no invitation or offer asks, so that importing extract stays cheap.
    from mailtool import againstcues, cues

    lowered = text.lower()
    if againstcues.CARE.first(lowered) is None and not _BOOKING.search(lowered):
        return False
    return not any(cue.first(lowered) for cue in (cues.INTERVIEW_ROOT, cues.POSITION, cues.APPLICATION))
