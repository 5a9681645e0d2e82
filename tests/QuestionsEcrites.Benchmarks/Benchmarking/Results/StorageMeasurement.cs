namespace QuestionsEcrites.Benchmarks.Benchmarking.Results;

/// <summary>Sizes on disk: the corpus, the database (write-ahead log folded in), the index after the import and after a rebuild.</summary>
public sealed record StorageMeasurement(long CorpusBytes, long DatabaseBytes, long IndexBytesAfterImport, int IndexFilesAfterImport, long IndexBytesAfterRebuild, int IndexFilesAfterRebuild, int IndexedDocuments);
