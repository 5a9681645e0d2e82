namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>The real import (ImportService: read, parse, upsert, index after each batch) into a fresh database and index.</summary>
public sealed record ImportMeasurement(ThroughputMeasurement Throughput, int Added, int Updated, int Unchanged, int Rejected, int Warnings, string IndexState, string? FirstRejection);
