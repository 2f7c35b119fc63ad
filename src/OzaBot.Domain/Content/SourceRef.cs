namespace OzaBot.Domain.Content;

/// <summary>Where a piece of process knowledge comes from: a seed document id and a section in it.</summary>
public sealed record SourceRef(string Document, string Section);

/// <summary>A seed document and the sections items may cite.</summary>
public sealed record SourceDocument(string Id, string Title, string Publisher, IReadOnlyList<string> Sections);

/// <summary>A short text in our own words, with its source.</summary>
public sealed record SourcedText(string Text, SourceRef Source);
