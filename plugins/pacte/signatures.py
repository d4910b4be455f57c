"""The PDF signatures of a signed copy: are they intact, and was the file changed after them?

Only integrity is checked, with pyHanko and no network: the signed bytes against the
digest of each signature, the digest against the signature, and what later incremental
updates did (pyHanko's difference analysis tells filling a form and adding another
signature, as parties signing one after the other do, from changing the document);
bytes after the last signature, which no signature covers, are a change whatever they
are. The signer's certificate is read for its name but never judged: no trust roots,
no revocation.

This runs inside `pdf.py`'s guard (its time limit, warnings kept quiet); pyHanko's own
decoding limits bound every stream it decodes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from io import BytesIO
from typing import Any

from .messages import say
from .model import Signature, SignedCopy
from .problems import Severity
from .sources import Reader

MAX_SIGNATURES = 100  # signatures checked in one file; a real convention has a few
_MiB = 1024 * 1024


def check_signatures(data: bytes) -> tuple[Signature, ...]:
    """Every filled signature field of the PDF in ``data``, checked; () if none is read.

    Never raises for a damaged file (but the guard's _TimeUp, a BaseException): a
    signature that cannot be read is recorded as such, not intact. pyHanko's checks run
    an event loop of their own (asyncio.run): called where a loop already runs (a host
    that is itself asynchronous), they run in a thread of their own instead.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _check_signatures(data)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_check_signatures, data).result()


def _check_signatures(data: bytes) -> tuple[Signature, ...]:
    # imported here: pyHanko takes a moment to import, and most sources have no PDF
    from pyhanko.pdf_utils.decode_limits import DecodeLimits, StreamDecodeLimits
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    limits = DecodeLimits(per_stream=StreamDecodeLimits(max_output_size=32 * _MiB))
    with _quiet():
        try:
            reader = PdfFileReader(BytesIO(data), strict=False, decode_limits=limits)
            fields = list(_first(enumerate_sig_fields(reader, filled_status=True)))
        except Exception:  # pypdf opened it: what pyHanko cannot read, it does not judge
            return ()
        found = [
            checked
            for name, value, field in fields
            if (checked := _check(reader, name, value, field)) is not None
        ]
    # in signing order, as the file says (the revision each signed), unreadable ones last
    found.sort(key=lambda pair: pair[0])
    return tuple(_nothing_after_the_last(found))


def _nothing_after_the_last(found: list[tuple[int, Signature]]) -> Iterator[Signature]:
    """The signatures; the last one (or those of the last signed revision) modified after
    signing if bytes follow it: no later signature covers them, whatever they do (a
    change of the document's information, bytes that are not even a revision). What
    follows an earlier signature is judged by the difference analysis (`_check`) and
    covered by the signatures after it."""
    last = max((revision for revision, s in found if s.readable), default=None)
    for revision, signature in found:
        if revision == last and not signature.covers_whole_file and signature.intact:
            yield replace(signature, modified_after=True)
        else:
            yield signature


def check_signed_copy(
    info: SignedCopy,
    pin: str | None,
    copy_at: tuple[int, int],
    pin_at: tuple[int, int],
    reader: Reader,
) -> None:
    """Report a signed copy that is not the pinned file, and its broken or later-changed
    signatures: the pin at the ``sha256`` value, the signatures at the ``signed_copy`` path.
    """
    name = info.path.rsplit("/", 1)[-1]
    if pin is not None and info.sha256 != pin:
        reader.report(
            *pin_at,
            say(
                "the signed copy {name!r} is not the file pinned by 'sha256': its SHA-256 is "
                "{actual}…, not {pinned}…; put back the signed original, or, if this new "
                "file is the right one, pin it again with the line that `pacte pin {path}` "
                "prints",
                name=name,
                actual=info.sha256[:12],
                pinned=pin[:12],
                path=info.path,
            ),
            "signed-copy-changed",
        )
    for signature in info.signatures:
        if signature.signer:
            who = say(
                "signature {field!r} (signed by {signer})",
                field=signature.field,
                signer=signature.signer,
            )
        else:
            who = say("signature {field!r}", field=signature.field)
        if not signature.readable:
            reader.report(
                *copy_at,
                say(
                    "the {signature} of the signed copy {name!r} cannot be read: the file was "
                    "damaged or altered; put back the signed original",
                    signature=who,
                    name=name,
                ),
                "signature-broken",
            )
        elif not signature.intact:
            reader.report(
                *copy_at,
                say(
                    "the {signature} of the signed copy {name!r} no longer matches the bytes "
                    "it signed: the file was altered after signing; put back the signed "
                    "original",
                    signature=who,
                    name=name,
                ),
                "signature-broken",
            )
        elif signature.modified_after:
            reader.report(
                *copy_at,
                say(
                    "the signed copy {name!r} was changed after its {signature}: bytes were "
                    "added that do more than add other signatures or fill in form fields; "
                    "check the file against the signed original",
                    name=name,
                    signature=who,
                ),
                "modified-after-signing",
                Severity.WARNING,
            )


def _first(fields: Iterator[Any]) -> Iterator[Any]:
    for index, item in enumerate(fields):
        if index >= MAX_SIGNATURES:
            return
        yield item


def _check(reader: Any, name: str, value: Any, field: Any) -> tuple[int, Signature] | None:
    from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel
    from pyhanko.sign.validation.generic_cms import validate_sig_integrity
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        value = value.get_object()
        if "/ByteRange" not in value and "/Contents" not in value:
            return None  # a filled field with no digital signature in it: nothing to check
        signature: Any = EmbeddedPdfSignature(reader, field, name)
    except Exception:
        return (1 << 30, Signature(str(name), None, None, False, False, False, readable=False))
    signer = _signer(signature)
    signed_at = _signed_at(signature)
    try:
        revision = int(signature.signed_revision)
    except Exception:
        revision = 1 << 30
    try:
        signature.compute_integrity_info()
        content_type = signature.signed_data["encap_content_info"]["content_type"].native
        digest_ok, signature_ok = validate_sig_integrity(
            signature.signer_info, signature.signer_cert, content_type, signature.compute_digest()
        )
        intact = bool(digest_ok and signature_ok)
    except Exception:  # a byte range off the file, a digest that cannot be computed...
        return (revision, Signature(str(name), signer, signed_at, False, False, False))
    coverage = signature.coverage
    whole = coverage == SignatureCoverageLevel.ENTIRE_FILE
    diff = signature.diff_result
    if whole:
        modified = False
    elif isinstance(diff, DiffResult):
        # NONE, LTA_UPDATES, FORM_FILLING: nothing but filled fields and other signatures
        modified = diff.modification_level > ModificationLevel.FORM_FILLING
    else:  # the analysis found changes it could not explain, or the coverage is unclear
        modified = True
    if coverage == SignatureCoverageLevel.UNCLEAR:
        intact = False  # a byte range that leaves out more than the signature itself
    return (revision, Signature(str(name), signer, signed_at, intact, whole, modified))


def _signer(signature: Any) -> str | None:
    """The certificate's common name (else its whole subject), else the signature's /Name."""
    try:
        subject = signature.signer_cert.subject
        name = subject.native.get("common_name") or subject.human_friendly
        if isinstance(name, list):
            name = ", ".join(str(n) for n in name)
        if name:
            return str(name).strip() or None
    except Exception:
        pass
    try:
        name = signature.sig_object.get("/Name")
        return str(name).strip() or None if name is not None else None
    except Exception:
        return None


def _signed_at(signature: Any) -> datetime | None:
    try:
        when = signature.self_reported_timestamp
    except Exception:
        return None
    return when if isinstance(when, datetime) else None


@contextmanager
def _quiet() -> Iterator[None]:
    """pyHanko logs what it finds odd in a file: not for the editor's terminal."""
    logger = logging.getLogger("pyhanko")
    quiet = logging.NullHandler()
    propagate = logger.propagate
    logger.addHandler(quiet)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(quiet)
        logger.propagate = propagate
