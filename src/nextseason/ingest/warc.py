"""WARC files: HTML responses, streamed one record at a time."""

from __future__ import annotations

from typing import Iterator

from fastwarc.warc import ArchiveIterator, WarcRecordType

from nextseason.ingest.decode import NotText, decode_bytes
from nextseason.models import Document, SourceError

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_documents(path: str, max_bytes: int) -> Iterator[Document | SourceError]:
    """One document per HTML response record of the WARC(.gz) file at `path`."""
    found = 0
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(
                stream,
                record_types=WarcRecordType.response,
                parse_http=True,
                auto_decode="all",
                fsspec_args=False,
            )
            for record in records:
                uri = record.headers.get("WARC-Target-URI") or None
                where = f"{path}@{record.stream_pos}"
                status = record.http_headers.status_code if record.http_headers else None
                media_type = (record.http_content_type or "").split(";", 1)[0].strip().lower()
                if status is None or not 200 <= status < 300 or media_type not in HTML_TYPES:
                    continue
                found += 1
                if record.content_length > max_bytes:
                    yield SourceError(uri or where, f"WARC record larger than the {max_bytes / 1_000_000:g} MB cap")
                    continue
                payload = record.reader.read(max_bytes + 1)
                try:
                    page = decode_bytes(payload, record.http_charset)
                except NotText as error:
                    yield SourceError(uri or where, str(error))
                    continue
                yield Document(source=where, id=uri or where, url=uri, html=page)
    except OSError as error:
        yield SourceError(path, f"cannot read WARC: {error.strerror or error}")
        return
    if not found:
        yield SourceError(path, "no HTML response records in WARC")
