namespace QuestionsEcrites.Import.Sources;

/// <summary>An item met while walking import paths, named as reported to the user and stored as the source.</summary>
public abstract record SourceItem(string Name);

/// <summary>One document to import: a file or a zip entry.</summary>
public sealed record SourceDocument(string Name, byte[] Content) : SourceItem(Name);

/// <summary>Something that could not be read as a document (a missing path, a broken archive, a huge file): rejected.</summary>
public sealed record SourceFailure(string Name, string Reason) : SourceItem(Name);

/// <summary>Something passed over on purpose and said so (a symbolic-link loop, a hidden zip entry): not a rejection.</summary>
public sealed record SourceSkipped(string Name, string Reason) : SourceItem(Name);
