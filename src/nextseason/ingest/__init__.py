"""Sources to documents: files, folders, URLs, feeds, WARC and JSON lines (DESIGN.md)."""

from nextseason.ingest.decode import NotText, decode_bytes
from nextseason.ingest.feeds import FeedEntry, looks_like_feed, parse_feed
from nextseason.ingest.fetcher import FetchConfig, Fetched, Fetcher, FetchError, fetch
from nextseason.ingest.httpcache import ConditionalCache
from nextseason.ingest.netguard import is_public_address
from nextseason.ingest.sources import documents, jsonl_documents
from nextseason.ingest.watch import FeedSpec, read_feed_specs, watch

__all__ = [
    "documents", "jsonl_documents",
    "fetch", "Fetcher", "FetchConfig", "Fetched", "FetchError", "ConditionalCache", "is_public_address",
    "FeedEntry", "parse_feed", "looks_like_feed",
    "FeedSpec", "read_feed_specs", "watch",
    "decode_bytes", "NotText",
]
