"""A static OAI-PMH repository of the public catalogue, for digital-library aggregators.

One XML file as the OAI "Specification for an OAI Static Repository and an OAI Static Repository
Gateway" (protocol 2.0) describes it: a `Repository` in the static-repository namespace with
`Identify`, `ListMetadataFormats` (oai_dc) and `ListRecords metadataPrefix="oai_dc"`, the OAI-PMH
elements in their own namespace. The file is published at a persistent URL and harvested through
a Static Repository Gateway, whose address for it is the base URL the user gives. Datestamps are
days (granularity YYYY-MM-DD), deleted records are not kept ("no"), and there are no sets.

The records are dublin_core.public_records: what is public in effect, names only with consent.
Item identifiers are oai-identifiers, `oai:<host of the base URL>:<uid>`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from zacni_app.core.archive import Archive
from zacni_app.core.dublin_core import (
    OAI_DC_NS,
    OAI_DC_SCHEMA,
    XSI_NS,
    DcRecord,
    holder_name,
    oai_dc_element,
    public_records,
    writable_target,
)
from zacni_app.core.errors import ValidationError
from zacni_app.core.privacy import _write_atomically

STATIC_NS = "http://www.openarchives.org/OAI/2.0/static-repository"
STATIC_SCHEMA = "http://www.openarchives.org/OAI/2.0/static-repository.xsd"
OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_IDENTIFIER_NS = "http://www.openarchives.org/OAI/2.0/oai-identifier"
OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"
#: The specification's limit: larger collections need a real OAI-PMH repository.
MAX_RECORDS = 5000
#: repositoryIdentifier of the oai-identifier scheme: a domain name.
_DOMAIN = re.compile(r"^[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+$")
ET.register_namespace("", STATIC_NS)  # <Repository xmlns="…static-repository">, as the specification shows
ET.register_namespace("oai", OAI_NS)
ET.register_namespace("oai_id", OAI_IDENTIFIER_NS)


def export_oai_pmh(
    archive: Archive, path: Path, *, base_url: str, user: str = "admin", admin_email: str | None = None
) -> dict[str, Any]:
    """Write the static repository file to `path` (whole or not at all)."""
    host = repository_host(base_url)
    email = admin_email or f"webmaster@{host}"
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError("admin_email", f"{email!r} is not an e-mail address")
    target = writable_target(path)
    with archive.session(user) as s:
        records, withheld = public_records(s)
        name = holder_name(s, None)
    if len(records) > MAX_RECORDS:
        raise ValidationError(
            "records", f"{len(records)} records: a static repository holds at most {MAX_RECORDS}"
        )
    xml = static_repository(records, base_url=base_url, host=host, name=name, admin_email=email)
    _write_atomically(target, xml)
    return {"file": str(target), "records": len(records), "base_url": base_url, "withheld": withheld}


def repository_host(base_url: str) -> str:
    """The host of an http(s) base URL, which must be a domain name (it names the items too)."""
    parts = urlsplit(base_url.strip())
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not _DOMAIN.match(host):
        raise ValidationError(
            "base_url",
            f"{base_url!r} is not an http(s) address on a domain name (e.g. https://oai.example.pl/zacni.xml)",
        )
    return host.lower()


def static_repository(
    records: list[DcRecord], *, base_url: str, host: str, name: str, admin_email: str
) -> str:
    root = ET.Element(
        f"{{{STATIC_NS}}}Repository",
        {f"{{{XSI_NS}}}schemaLocation": f"{STATIC_NS} {STATIC_SCHEMA}"},
    )
    root.append(_identify(records, base_url=base_url, host=host, name=name, admin_email=admin_email))
    formats = ET.SubElement(root, f"{{{STATIC_NS}}}ListMetadataFormats")
    fmt = ET.SubElement(formats, f"{{{OAI_NS}}}metadataFormat")
    for tag, text in (
        ("metadataPrefix", "oai_dc"),
        ("schema", OAI_DC_SCHEMA),
        ("metadataNamespace", OAI_DC_NS),
    ):
        ET.SubElement(fmt, f"{{{OAI_NS}}}{tag}").text = text
    listing = ET.SubElement(root, f"{{{STATIC_NS}}}ListRecords", {"metadataPrefix": "oai_dc"})
    for record in records:
        item = ET.SubElement(listing, f"{{{OAI_NS}}}record")
        header = ET.SubElement(item, f"{{{OAI_NS}}}header")
        ET.SubElement(header, f"{{{OAI_NS}}}identifier").text = f"oai:{host}:{record.uid}"
        ET.SubElement(header, f"{{{OAI_NS}}}datestamp").text = record.datestamp.isoformat()
        ET.SubElement(item, f"{{{OAI_NS}}}metadata").append(oai_dc_element(record))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _identify(
    records: list[DcRecord], *, base_url: str, host: str, name: str, admin_email: str
) -> ET.Element:
    identify = ET.Element(f"{{{STATIC_NS}}}Identify")
    earliest = min((r.datestamp for r in records), default=None)
    fields = [
        ("repositoryName", f"{name}: archiwum historii mówionej"),
        ("baseURL", base_url.strip()),
        ("protocolVersion", "2.0"),
        ("adminEmail", admin_email),
        ("earliestDatestamp", earliest.isoformat() if earliest else "1970-01-01"),
        ("deletedRecord", "no"),
        ("granularity", "YYYY-MM-DD"),
    ]
    for tag, text in fields:
        ET.SubElement(identify, f"{{{OAI_NS}}}{tag}").text = text
    description = ET.SubElement(identify, f"{{{OAI_NS}}}description")
    scheme = ET.SubElement(
        description,
        f"{{{OAI_IDENTIFIER_NS}}}oai-identifier",
        {f"{{{XSI_NS}}}schemaLocation": f"{OAI_IDENTIFIER_NS} {OAI_IDENTIFIER_SCHEMA}"},
    )
    sample = records[0].uid if records else "00000000-0000-0000-0000-000000000000"
    parts = {"scheme": "oai", "repositoryIdentifier": host, "delimiter": ":"}
    for tag, text in (parts | {"sampleIdentifier": f"oai:{host}:{sample}"}).items():
        ET.SubElement(scheme, f"{{{OAI_IDENTIFIER_NS}}}{tag}").text = text
    return identify
