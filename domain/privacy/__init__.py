"""Personal-data protection: masking of complainants' contact details."""

from domain.privacy.masking import (
    MASK,
    ContactDetails,
    ContactLike,
    first_unit,
    mask_complainant,
    mask_email,
    mask_line_id,
    mask_name,
    mask_phone,
)

__all__ = [
    "MASK",
    "ContactDetails",
    "ContactLike",
    "first_unit",
    "mask_complainant",
    "mask_email",
    "mask_line_id",
    "mask_name",
    "mask_phone",
]
