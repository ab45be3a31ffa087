"""Backfills on Dask: input shards to Parquet files of articles and claims, then a bulk load (DESIGN.md, Scale)."""

from nextseason.batch.load import LoadSummary, load, shard_results
from nextseason.batch.run import BatchSummary, local_cluster, run_batch

__all__ = ["run_batch", "load", "shard_results", "local_cluster", "BatchSummary", "LoadSummary"]
